/* A pre-included macro redefined by the main file: the #undef and the new
   #define are written (the pre-include is there again). */
/* ccp-cflags: -include pre.h */
/* ccp-nm: T klpp_pu_f */
#undef PRE_VALUE
#define PRE_VALUE 12

int pu_f(void)
{
	return PRE_VALUE;
}
