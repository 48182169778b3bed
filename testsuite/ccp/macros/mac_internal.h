/* mac_internal.h */
#define PRIV_BASE 10
#define PRIV_SCALE(x) ((x) + PRIV_BASE)
#define PRIV_UNUSED 0
