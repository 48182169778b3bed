/* A block-scope extern declaration of an object externalized under a new
   name (eur_, no pointer) stays, renamed with it. */
/* ccp-nm: T klpp_pu_f; U klpe_eur_x */
int pu_f(void)
{
	extern int eur_x;
	return eur_x;
}
