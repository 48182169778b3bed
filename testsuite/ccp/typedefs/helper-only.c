/* A typedef only a copied helper uses is written before the helper. */
/* ccp-nm: T klpp_pu_f; t klpr_widen */
typedef unsigned long long wide_t;

static wide_t widen(int x) { return (wide_t)x << 32; }

int pu_f(int x)
{
	return widen(x) != 0;
}
