/* An argument both called and stringified: rewriting the argument would
   change the string, so the invocation is written expanded, the rename
   applied to the call only; the string keeps the original name. */
/* ccp-nm: T klpp_pu_f; t klpr_probe */
static int probe(int x) { return x + 7; }
#define TRY(fn, v) (sizeof(#fn) + fn(v))

unsigned long pu_f(int x)
{
	return TRY(probe, x);
}
