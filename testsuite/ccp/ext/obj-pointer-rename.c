/* eupr_: an object reached through a pointer named klpe_eupr_stats; the
   member access needs the struct complete. */
/* ccp-nm: T klpp_pu_f; U klpe_eupr_stats */
struct stats { unsigned long rx, tx; };
extern struct stats eupr_stats;

unsigned long pu_f(void)
{
	eupr_stats.rx++;
	return eupr_stats.rx + eupr_stats.tx;
}
