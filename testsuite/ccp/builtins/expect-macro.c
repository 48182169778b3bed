/* likely() around an object reached through a pointer: the invocation
   is kept, its argument rewritten, its #define written. */
/* ccp-nm: T klpp_pu_f; U eup_ready */
#define likely(x) __builtin_expect(!!(x), 1)
extern int eup_ready;

int pu_f(void)
{
	if (likely(eup_ready))
		return 1;
	return 0;
}
