/* gcc names the function an inlined body finally landed in: `fill`, called
   by `run`, was inlined with `run` into pu_f, and the dump says "fill
   inlining to pu_f" (af_packet.c's prb_fill_vlan_info in
   prb_fill_curr_block).  So `fill` is not pinned noinline though no line
   names its carve caller `run`, only `used`: its body is left, for `other`.
   `tail`, called by `run` too, stayed out of line (no line): pinned. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-pin-nested.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_fill; t klpr_tail; U eu_ext */
extern int eu_ext(int);

static int fill(int x)
{
	return eu_ext(x) + 1;
}

static int tail(int x)
{
	return eu_ext(x) * eu_ext(x + 1);
}

static int run(int x)
{
	return fill(x) + tail(x);
}

int pu_f(int x)
{
	return run(x) + run(x + 2);
}

int other(int x)
{
	return fill(x * 3) + fill(x);
}
