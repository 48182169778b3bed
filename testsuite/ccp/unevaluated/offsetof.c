/* offsetof through the unit's own macro: the #define is written and the
   struct is needed complete. */
/* ccp-nm: T klpp_pu_f */
#define offsetof(T, m) __builtin_offsetof(T, m)
struct rec { int id; long val; };

unsigned long pu_f(void)
{
	return offsetof(struct rec, val);
}
