/* A typedef used by the patched function is kept; others are not. */
/* ccp-nm: T klpp_pu_f */
typedef unsigned long ulong_t;
typedef int unused_t;

ulong_t pu_f(ulong_t x)
{
	return x << 1;
}
