/* A renamed identifier spelled in a macro's body: that invocation is
   written expanded; the macro is no longer needed. */
/* ccp-nm: T klpp_pu_f; U eup_count */
extern int eup_count;
#define BUMP() (eup_count++)
#define OTHER 5

int pu_f(void)
{
	return BUMP() + OTHER;
}
