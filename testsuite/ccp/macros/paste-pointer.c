/* A paste that forms the name of an object reached through a pointer
   (eup_): the invocation is written expanded, the name dereferenced, and
   the macro is no longer needed. */
/* ccp-nm: T klpp_pu_f; U eup_rx_count */
extern unsigned long eup_rx_count;
#define STAT(dir) eup_##dir##_count

unsigned long pu_f(void)
{
	return STAT(rx) + 1;
}
