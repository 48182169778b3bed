/* A typedef of a function pointer type. */
/* ccp-nm: T klpp_pu_f */
typedef int (*handler_t)(int);

int pu_f(handler_t h, int v)
{
	return h(v);
}
