/* A function-like macro kept as written, with its #define. */
/* ccp-nm: T klpp_pu_f */
#define MAX(a, b) ((a) > (b) ? (a) : (b))

int pu_f(int x, int y)
{
	return MAX(x, y);
}
