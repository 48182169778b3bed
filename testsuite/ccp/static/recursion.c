/* Mutual recursion between a patched function and a copied helper. */
/* ccp-nm: T klpp_pu_even; t klpr_odd */
int pu_even(unsigned n);

static int odd(unsigned n)
{
	return n == 0 ? 0 : pu_even(n - 1);
}

int pu_even(unsigned n)
{
	return n == 0 ? 1 : odd(n - 1);
}
