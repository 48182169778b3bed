/* An external function defined in this file: declared from its definition. */
/* ccp-nm: T klpp_pu_f; U eu_helper */
int eu_helper(int a, int b)
{
	return a + b;
}

int pu_f(int x)
{
	return eu_helper(x, x);
}
