/* An extern gnu_inline function (an inline definition only): the policy
   externalizes the external symbol (eu_), declared from its definition. */
/* ccp-nm: T klpp_pu_f; U eu_add */
extern inline __attribute__((gnu_inline)) int eu_add(int a, int b) { return a + b; }

int pu_f(int x)
{
	return eu_add(x, 1);
}
