/* # and ## in kept invocations. */
/* ccp-nm: T klpp_pu_f */
#define STR(x) #x
#define CAT(a, b) a##b

const char *pu_f(void)
{
	int CAT(va, lue) = 3;
	return value ? STR(hello) : "";
}
