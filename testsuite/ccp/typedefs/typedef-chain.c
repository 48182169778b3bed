/* A typedef of a typedef: both are kept, in order. */
/* ccp-nm: T klpp_pu_f */
typedef int base_t;
typedef base_t derived_t;
typedef derived_t *derived_ptr;

int pu_f(derived_ptr p)
{
	return *p;
}
