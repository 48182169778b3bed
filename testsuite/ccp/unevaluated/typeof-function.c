/* typeof of a function names it: the copied helper, renamed in both. */
/* ccp-nm: T klpp_pu_f; t klpr_helper */
static int helper(int x) { return x; }

int pu_f(int x)
{
	typeof(helper) *fp = helper;
	return fp(x);
}
