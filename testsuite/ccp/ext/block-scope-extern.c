/* A block-scope extern declaration of an object reached through a
   pointer would redeclare the name as an int: it leaves the function (a
   comment marks the place); the file-scope pointer stands for it. */
/* ccp-nm: T klpp_pu_f; U eup_x */
int pu_f(void)
{
	extern int eup_x;
	return eup_x;
}
