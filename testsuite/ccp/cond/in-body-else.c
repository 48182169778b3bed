/* #if/#elif/#else inside the patched function: only the taken branch's
   text remains, nested groups included. */
/* ccp-cflags: -DMODE=2 */
/* ccp-nm: T klpp_pu_f */
int pu_f(int x)
{
#if MODE == 1
	x += 1;
#elif MODE == 2
	x += 2;
# ifdef NOT_DEFINED
	x += 100;
# endif
#else
	x += 3;
#endif
	return x;
}
