/* gcc's inlining decisions in the original unit, from its -fdump-ipa-clones
   dump (k-pin-inlining.ipa-clones: gcc 12 -O2's).  `spread` stayed out of
   line (called from pu_f and other): its copy, called from pu_f alone,
   would be inlined or specialized for k = 4 by the carve's gcc, so it is
   pinned noinline and noclone.  `once` was inlined into pu_f: not pinned,
   the carve's gcc -O2 inlines it again.  `pinned` is noinline: left alone.
   `plain` is not in the dump at all: gcc kept it out of line too. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-pin-inlining.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_spread; t klpr_pinned; t klpr_plain; U eu_ext */
extern int eu_ext(int);

static int spread(int x, int k)
{
	int r = 0;
	for (int i = 0; i < k; i++)
		r += eu_ext(x + i) * eu_ext(i) + eu_ext(r - i);
	for (int i = 0; i < k; i++)
		r ^= eu_ext(r + i) * eu_ext(x) - eu_ext(i * r);
	return r + eu_ext(r) + eu_ext(r * 2) + eu_ext(r * 3);
}

static int once(int x)
{
	return eu_ext(x) * 3 + eu_ext(x + 1);
}

static __attribute__((noinline)) int pinned(int x)
{
	return eu_ext(x) - 1;
}

static int plain(int x)
{
	int r = eu_ext(x);
	for (int i = 0; i < x; i++)
		r += eu_ext(r + i) * eu_ext(i) + eu_ext(r * i) + eu_ext(r - i);
	return r;
}

int pu_f(int x)
{
	return spread(x, 4) + once(x) + pinned(x) + plain(x);
}

int other(int x)
{
	return spread(x, 5) + spread(x, 6) + plain(x + 1);
}
