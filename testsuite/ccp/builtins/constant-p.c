/* __builtin_constant_p choosing between two helpers at compile time:
   both are text of the patched function, both are copied. */
/* ccp-nm: T klpp_pu_f; t klpr_fast; t klpr_slow */
static int fast(int n) { return n << 1; }
static int slow(int n) { return n + n; }

int pu_f(int n)
{
	return __builtin_constant_p(n) ? fast(n) : slow(n);
}
