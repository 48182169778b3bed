/* A recursive static helper is copied once; its call to itself is
   renamed with it. */
/* ccp-nm: T klpp_pu_f; t klpr_fact */
static unsigned long fact(unsigned n)
{
	return n < 2 ? 1 : n * fact(n - 1);
}

unsigned long pu_f(unsigned n)
{
	return fact(n);
}
