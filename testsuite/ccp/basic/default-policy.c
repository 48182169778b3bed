/* The default policy: --patched-functions names f; it is made external
   and renamed klpp_f, the external g is declared extern as it is. */
/* ccp-options: --patched-functions=f */
/* ccp-nm: T klpp_f; U g */
int g(int);

static int f(int x)
{
	return g(x);
}
