/* An old-style (K&R) definition is patched like any other. */
/* ccp-cflags: -std=gnu89 */
/* ccp-nm: T klpp_pu_f */
int pu_f(a, b)
	int a;
	long b;
{
	return a + (int)b;
}
