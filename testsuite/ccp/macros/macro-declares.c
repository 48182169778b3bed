/* A macro that expands to a declaration keeps its invocation. */
/* ccp-nm: T klpp_pu_f; t klpr_helper */
#define DECLARE_HELPER(name) static int name(int x) { return x * 3; }
DECLARE_HELPER(unused_one)
static int helper(int x) { return x + 1; }

int pu_f(int x)
{
	return helper(x);
}
