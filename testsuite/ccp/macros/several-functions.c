/* A macro used by two functions, one patched: defined once, before it. */
/* ccp-nm: T klpp_pu_f */
#define INC(x) ((x) + 1)

int g(int x) { return INC(x); }

int pu_f(int x)
{
	return INC(INC(x));
}
