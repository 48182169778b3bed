/* A chain of #if/#elif at file scope picks one helper. */
/* ccp-cflags: -DLEVEL=2 */
/* ccp-nm: T klpp_pu_f; t klpr_impl */
#if LEVEL == 1
static int impl(void) { return 1; }
#elif LEVEL == 2
static int impl(void) { return 2; }
#else
static int impl(void) { return 3; }
#endif

int pu_f(void) { return impl(); }
