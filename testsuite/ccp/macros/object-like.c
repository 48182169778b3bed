/* An object-like macro used by the patched function: its #define is
   written; the unused one is not. */
/* ccp-nm: T klpp_pu_f */
#define LIMIT 42
#define UNUSED 7

int pu_f(int x)
{
	return x > LIMIT ? LIMIT : x;
}
