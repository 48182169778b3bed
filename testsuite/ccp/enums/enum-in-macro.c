/* An enumerator named by a macro's body. */
/* ccp-nm: T klpp_pu_f */
enum { FLAG_A = 1, FLAG_B = 2 };
#define BOTH (FLAG_A | FLAG_B)

int pu_f(int x)
{
	return x & BOTH;
}
