/* A static helper is copied (klpr_), kept static, with its comments. */
/* ccp-nm: T klpp_pu_f; t klpr_helper */
static int helper(int x)
{
	/* doubles */
	return 2 * x;
}

int pu_f(int x)
{
	return helper(x) + 1;
}
