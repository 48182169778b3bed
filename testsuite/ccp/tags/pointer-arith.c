/* Pointer arithmetic needs the pointee's size: the complete type. */
/* ccp-nm: T klpp_pu_f */
struct rec { long a, b; };

struct rec *pu_f(struct rec *r, int i)
{
	return r + i;
}
