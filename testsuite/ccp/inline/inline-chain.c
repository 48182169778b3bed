/* A static inline helper calling another: both are copied, renamed and
   still inline. */
/* ccp-nm: T klpp_pu_f; t klpr_inner; t klpr_outer */
static inline int inner(int x) { return x ^ 0x55; }
static inline int outer(int x) { return inner(x) + inner(x + 1); }

int pu_f(int x)
{
	return outer(x);
}
