/* A chain of static helpers: each is copied, in the original order; the
   unreferenced one is not. */
/* ccp-nm: T klpp_pu_f; t klpr_a; t klpr_b; t klpr_c */
static int c(int x) { return x - 3; }
static int unused(int x) { return x; }
static int b(int x) { return c(x) * 2; }
static int a(int x) { return b(x) + c(x); }

int pu_f(int x)
{
	return a(x);
}
