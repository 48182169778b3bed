/* An externalized object used by two patched functions: one
   declaration, before the first of them. */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g; U eup_gen */
extern unsigned eup_gen;

unsigned pu_f(void)
{
	return ++eup_gen;
}

unsigned pu_g(void)
{
	return eup_gen;
}
