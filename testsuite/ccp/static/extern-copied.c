/* An external function the policy may not externalize (no e?_ prefix under
   the toy policy): copied, made static, renamed. */
/* ccp-nm: T klpp_pu_f; t klpr_global_helper */
int global_helper(int x)
{
	return x + 7;
}

int pu_f(int x)
{
	return global_helper(x);
}
