/* Inactive conditional blocks vanish; the active text is kept as written
   (the directives around it are not). */
/* ccp-nm: T klpp_pu_f; t klpr_impl */
#define FEATURE 1

#if FEATURE
static int impl(int x) { return x + 1; }
#else
static int impl(int x) { return x - 1; }
#endif

int pu_f(int x)
{
	return impl(x);
}
