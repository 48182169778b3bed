/* Only the call sites that end up in the patched function decide a pin
   (fs/d_path.c: prepend, inlined into __dentry_path with prepend_name,
   called out of line by dentry_path).  `put` was inlined into `walk`
   through `name`, and called out of line by pu_f: pinned noinline, since
   pu_f's code is what the carve must keep.  `walk` stayed out of line:
   pinned; `name` was inlined with no body left: not pinned. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-pin-patched-site.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_walk; t klpr_put; U eu_ext */
extern int eu_ext(int);

static int put(int x)
{
	return eu_ext(x) + eu_ext(x + 1);
}

static int name(int x)
{
	return put(x * 2);
}

static int walk(int x)
{
	int r = 0;
	for (int i = 0; i < x; i++)
		r += name(x + i) * eu_ext(r);
	return r;
}

int pu_f(int x)
{
	return walk(x) + put(x);
}
