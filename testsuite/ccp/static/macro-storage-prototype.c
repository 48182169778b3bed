/* A prototype whose storage class comes from a macro (xfs's STATIC) is
   still a prototype's text: kept before the use, the macro with it. */
/* ccp-nm: T klpp_pu_f; t klpr_later */
#define STATIC static __attribute__((noinline))
STATIC int later(int);

int pu_f(int x)
{
	return later(x);
}

STATIC int later(int x)
{
	return x + 1;
}
