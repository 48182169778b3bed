/* `extern inline` under -fgnu89-inline (the kernel's gnu_inline
   semantics): an inline definition only; the policy externalizes the
   external symbol (eu_), declared from the definition. */
/* ccp-cflags: -fgnu89-inline */
/* ccp-nm: T klpp_pu_f; U eu_neg */
extern inline int eu_neg(int x) { return -x; }

int pu_f(int x)
{
	return eu_neg(x) * 2;
}
