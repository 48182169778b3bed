/* mac.h: macros only */
#define HDR_FACTOR 3
#define HDR_SCALE(x) ((x) * HDR_FACTOR)
