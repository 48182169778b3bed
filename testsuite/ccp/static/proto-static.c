/* ps_ with a prototype used before the definition: both made static. */
/* ccp-nm: t klpp_ps_even; t klpr_odd; T klpp_pu_entry */
int ps_even(unsigned n);

static int odd(unsigned n)
{
	return n == 0 ? 0 : ps_even(n - 1);
}

int ps_even(unsigned n)
{
	return n == 0 ? 1 : odd(n - 1);
}

int pu_entry(void) { return ps_even(4); }
