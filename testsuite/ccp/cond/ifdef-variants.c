/* Of two variants of a helper only the compiled one is copied. */
/* ccp-cflags: -DUSE_FAST */
/* ccp-nm: T klpp_pu_f; t klpr_compute */
#ifdef USE_FAST
static int compute(int x) { return x << 2; }
#else
static int compute(int x) { return x * 4; }
#endif

int pu_f(int x) { return compute(x); }
