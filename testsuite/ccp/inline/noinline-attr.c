/* A copied function keeps a noinline attribute between its specifiers. */
/* ccp-nm: T klpp_pu_f; t klpr_slow */
static __attribute__((noinline)) int slow(int x) { return x + 2; }

int pu_f(int x)
{
	return slow(x);
}
