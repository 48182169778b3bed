/* What a pre-included file (-include) provides stays provided by the same
   command line: neither its macro nor its typedef is written. */
/* ccp-cflags: -include pre.h */
/* ccp-nm: T klpp_pu_f */
pre_t pu_f(void)
{
	return PRE_VALUE;
}
