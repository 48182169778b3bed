/* __builtin_choose_expr: both branches are text of the patched function,
   both helpers are copied (gcc requires them to be declared). */
/* ccp-nm: T klpp_pu_f; t klpr_small; t klpr_large */
static int small(int x) { return x; }
static long large(long x) { return x * 2; }

long pu_f(int x)
{
	return __builtin_choose_expr(sizeof(int) == 4, small(x), large(x));
}
