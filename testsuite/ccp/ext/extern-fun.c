/* eu_: an external function externalized under its own name: its
   prototype is kept as written. */
/* ccp-nm: T klpp_pu_f; U eu_g */
int eu_g(int);
int unused_decl(int);

int pu_f(int x)
{
	return eu_g(x) + 1;
}
