/* ps_: the patched function is made static (it was external). */
/* ccp-nm: t klpp_ps_f */
int ps_f(int x)
{
	return x + 1;
}
