/* pe_ on a static function with a prototype: `static` dropped from both. */
/* ccp-nm: T klpp_pe_f; T klpp_pu_g */
static int pe_f(int);

int pu_g(int x) { return pe_f(x); }

static int pe_f(int x)
{
	return x;
}
