/* Two static locals, one externalized (eup_), one kept. */
/* ccp-nm: T klpp_pu_f; U eup_total; b last.0 */
int pu_f(int v)
{
	static int eup_total;
	static int last;
	eup_total += v;
	last = v;
	return eup_total - last;
}
