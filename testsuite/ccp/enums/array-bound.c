/* An enumerator as an array bound, its enum's values from a macro: the
   enum and the macro are written. */
/* ccp-nm: T klpp_pu_f */
#define SLOT_BASE 2
enum slot { SLOT_A = SLOT_BASE, SLOT_B, NR_SLOTS };

int pu_f(int x)
{
	int v[NR_SLOTS] = { 0 };
	v[SLOT_A] = x;
	return v[SLOT_A] + v[0];
}
