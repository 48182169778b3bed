/* __typeof__ of an object reached through a pointer: the operand is
   rewritten like any other use. */
/* ccp-nm: T klpp_pu_f; U eup_cfg */
extern long eup_cfg;

long pu_f(void)
{
	__typeof__(eup_cfg) snap = eup_cfg;
	return snap + 1;
}
