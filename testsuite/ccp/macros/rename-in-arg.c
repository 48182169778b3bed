/* A renamed identifier inside a macro invocation's argument: the
   invocation is kept, the argument rewritten. */
/* ccp-nm: T klpp_pu_f; t klpr_helper; U eup_obj */
#define CALL(fn, arg) fn(arg)
extern int eup_obj;
static int helper(int x) { return x; }

int pu_f(void)
{
	return CALL(helper, eup_obj);
}
