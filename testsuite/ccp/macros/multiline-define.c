/* A #define continued over several lines is written whole. */
/* ccp-nm: T klpp_pu_f */
#define SWAP(a, b) do {	\
		int t_ = (a);	\
		(a) = (b);	\
		(b) = t_;	\
	} while (0)

void pu_f(int *p, int *q)
{
	SWAP(*p, *q);
}
