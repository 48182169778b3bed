/* eur_: an object externalized and renamed klpe_eur_limit (a plain
   extern, no pointer). */
/* ccp-nm: T klpp_pu_f; U klpe_eur_limit */
extern int eur_limit;

int pu_f(int x)
{
	return x > eur_limit ? eur_limit : x;
}
