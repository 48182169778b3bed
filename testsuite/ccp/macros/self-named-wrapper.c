/* A function-like macro with the name of the function it wraps: the
   function's name comes from the macro's body, so the invocation is
   written expanded with the copy's name. */
/* ccp-nm: T klpp_pu_f; t klpr_helper */
static int helper(int x) { return x * 3; }
#define helper(x) helper((x) + 1)

int pu_f(int v)
{
	return helper(v);
}
