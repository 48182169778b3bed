/* Macros whose bodies invoke other macros: every definition the expansion
   used is written, in the original order. */
/* ccp-nm: T klpp_pu_f */
#define SCALE 3
#define TWICE(x) ((x) * 2)
#define NOT_USED(x) (x)
#define SCALED(x) (TWICE(x) * SCALE)

int pu_f(int x)
{
	return SCALED(x);
}
