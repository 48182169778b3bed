/* A block-scope declaration of a function reached through a pointer
   would redeclare the name as a function (and, rewritten, declare a local
   pointer variable): it leaves the function. */
/* ccp-nm: T klpp_pu_f; U eup_g */
int pu_f(void)
{
	int eup_g(int);
	return eup_g(2);
}
