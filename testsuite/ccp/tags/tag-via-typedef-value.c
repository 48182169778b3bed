/* A typedef of a struct used by value: the typedef and the definition. */
/* ccp-nm: T klpp_pu_f */
struct range { long lo, hi; };
typedef struct range range_t;

long pu_f(range_t r)
{
	return r.hi - r.lo;
}
