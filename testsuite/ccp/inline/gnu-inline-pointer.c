/* An extern gnu_inline function externalized through a pointer (eup_):
   declared from its definition without `inline` or its attribute. */
/* ccp-nm: T klpp_pu_f; U eup_add */
extern inline __attribute__((gnu_inline)) int eup_add(int a, int b)
{
	return a + b;
}

int pu_f(int x)
{
	return eup_add(x, 1);
}
