/* A typedef of a function type (not a pointer), used to declare a
   pointer parameter: the typedef and the types it names are written. */
/* ccp-nm: T klpp_pu_f */
typedef long cookie_t;
typedef int handler_fn(cookie_t);

int pu_f(handler_fn *h)
{
	return h(42);
}
