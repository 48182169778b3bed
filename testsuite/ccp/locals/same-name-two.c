/* Two patched functions each with a static local of one name, both
   externalized through pointers: one pointer is named eup_n, and the other
   name, taken by then, is retried (eup_n_1; the closure decides pu_g's
   local first). */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g; U eup_n; U eup_n_1 */
int pu_f(void)
{
	static int eup_n;
	return ++eup_n;
}

int pu_g(void)
{
	static int eup_n;
	return eup_n--;
}
