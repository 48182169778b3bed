/* A C99 inline definition (no external definition in this unit) the
   policy does not externalize is copied, made static. */
/* ccp-nm: T klpp_pu_f; t klpr_sq */
inline int sq(int x) { return x * x; }

int pu_f(int x)
{
	return sq(x);
}
