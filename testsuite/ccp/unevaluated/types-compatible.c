/* __builtin_types_compatible_p with a typedef. */
/* ccp-nm: T klpp_pu_f */
typedef unsigned int u32;

int pu_f(void)
{
	return __builtin_types_compatible_p(u32, unsigned int);
}
