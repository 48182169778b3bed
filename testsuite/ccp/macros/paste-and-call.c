/* An argument both called and pasted into another name: rewriting the
   argument would change the pasted name too, so the invocation is written
   expanded. */
/* ccp-nm: T klpp_pu_f; t klpr_probe; b probe_calls */
static int probe_calls;
static int probe(int x) { return x + probe_calls; }
#define WRAP(fn, v) (fn(v) + fn##_calls)

int pu_f(int x)
{
	return WRAP(probe, x);
}
