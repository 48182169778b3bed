/* A static inline helper in the main file is copied, still inline. */
/* ccp-nm: T klpp_pu_f; t klpr_sq */
static inline int sq(int x) { return x * x; }

int pu_f(int x)
{
	return sq(x) + 1;
}
