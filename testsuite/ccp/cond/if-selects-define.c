/* #if on one macro selecting the definition of another: only the chosen
   #define is written; the macro the #if tested is not used by the kept
   text, so it is not. */
/* ccp-nm: T klpp_pu_f */
#define LEVEL 3
#if LEVEL > 2
# define MODE 1
#else
# define MODE 0
#endif

int pu_f(void)
{
	return MODE;
}
