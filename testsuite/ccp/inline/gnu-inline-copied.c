/* An extern gnu_inline function the policy does not externalize is
   copied and made static: its `extern` goes (not both storage classes). */
/* ccp-nm: T klpp_pu_f; t klpr_add */
extern inline __attribute__((gnu_inline)) int add(int a, int b) { return a + b; }

int pu_f(int x)
{
	return add(x, 1);
}
