/* A local variable of struct type needs the complete type. */
/* ccp-nm: T klpp_pu_f */
struct pair { int a, b; };

int pu_f(void)
{
	struct pair p = { 1, 2 };
	return p.a + p.b;
}
