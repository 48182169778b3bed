/* hmac.h: eligible, a macro only. */
#define HM_GET(x) ((x) + 1)
