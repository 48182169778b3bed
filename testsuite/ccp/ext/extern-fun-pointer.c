/* eup_: externalized through a pointer; every use dereferences it. */
/* ccp-nm: T klpp_pu_f; U eup_g */
int eup_g(int, char *);

int pu_f(int x)
{
	int (*fp)(int, char *) = &eup_g;
	return eup_g(x, 0) + fp(x, "s");
}
