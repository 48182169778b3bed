/* sizeof of an externalized object still names it: the declaration is
   written and the operand rewritten (no load happens). */
/* ccp-nm: T klpp_pu_f */
struct big { char buf[128]; };
extern struct big eu_big;

unsigned long pu_f(void)
{
	return sizeof(eu_big) + sizeof(struct big);
}
