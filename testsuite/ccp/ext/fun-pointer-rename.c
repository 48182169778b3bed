/* eupr_: a function reached through a pointer named klpe_eupr_lookup;
   a call and an address-of both go through it. */
/* ccp-nm: T klpp_pu_f; U klpe_eupr_lookup */
int eupr_lookup(const char *key);

int pu_f(const char *k)
{
	int (*fn)(const char *) = eupr_lookup;
	return eupr_lookup(k) + fn(k);
}
