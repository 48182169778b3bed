/* A C99 inline definition with an external definition elsewhere (eu_):
   declared, not copied. */
/* ccp-nm: T klpp_pu_f; U eu_mul */
inline int eu_mul(int a, int b) { return a * b; }
extern int eu_mul(int a, int b);

int pu_f(int x)
{
	return eu_mul(x, 3);
}
