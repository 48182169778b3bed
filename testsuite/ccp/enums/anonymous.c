/* An anonymous enum's constants. */
/* ccp-nm: T klpp_pu_f */
enum { SIZE = 16, MASK = SIZE - 1 };

int pu_f(int x)
{
	return x & MASK;
}
