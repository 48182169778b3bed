/* A pointer-ized object's name only stringified: the string is no
   reference, so nothing is declared and the invocation is kept. */
/* ccp-nm: T klpp_pu_f */
extern int eup_hidden;
#define NAME_OF(x) #x

const char *pu_f(void)
{
	return NAME_OF(eup_hidden);
}
