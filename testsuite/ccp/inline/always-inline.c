/* Attributes of a copied function are kept as written. */
/* ccp-nm: T klpp_pu_f */
static inline __attribute__((always_inline)) int twice(int x) { return 2 * x; }

int pu_f(int x)
{
	return twice(x);
}
