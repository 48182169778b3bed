/* A pointer-ized object named in the body of a macro that another macro's
   body invokes: the outermost invocation is written expanded; neither
   macro is needed then, the unrelated one still is. */
/* ccp-nm: T klpp_pu_f; U eup_ticks */
extern long eup_ticks;
#define NOW() eup_ticks
#define ELAPSED(t) (NOW() - (t))
#define FACTOR 3

long pu_f(long start)
{
	return ELAPSED(start) * FACTOR;
}
