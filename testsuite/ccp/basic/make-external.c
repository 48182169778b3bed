/* pe_: a static patched function is made external: `static` is dropped. */
/* ccp-nm: T klpp_pe_f */
static int pe_f(int x)
{
	return x - 1;
}
