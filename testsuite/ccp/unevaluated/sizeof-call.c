/* A static helper named only inside sizeof: gcc needs it declared, so it
   is copied (a static prototype alone would be declared, never defined). */
/* ccp-nm: T klpp_pu_f; t klpr_helper */
static long helper(int x) { return x; }

unsigned long pu_f(void)
{
	return sizeof(helper(0));
}
