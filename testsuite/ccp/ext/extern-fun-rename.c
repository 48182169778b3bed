/* eur_: externalized and renamed klpe_eur_g (a plain extern). */
/* ccp-nm: T klpp_pu_f; U klpe_eur_g */
extern long eur_g(long a, long b);

int pu_f(int x)
{
	return (int)eur_g(x, 2);
}
