/* A copied helper gcc inlined where the carve calls it but kept out of
   line for the unit's other callers (keep: not removed, not cloned) is
   `used` in the carve, so that gcc weighs each call against a body that
   stays, as in the original.  One whose callers all went to a clone
   (squeeze: .isra.0, inlined; the dump records no removal of `squeeze`
   itself, and the original object has no symbol of it) is left alone. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-used-body.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_keep; U eu_ext */
extern int eu_ext(int);

struct sq { int a, b; };

static int keep(int x)
{
	return eu_ext(x) + eu_ext(x + 1);
}

static int squeeze(struct sq *s)
{
	return eu_ext(s->a) * 2;
}

int pu_f(struct sq *s, int x)
{
	return keep(x) + squeeze(s);
}

int other(int x)
{
	return keep(x * 3) + keep(x);
}
