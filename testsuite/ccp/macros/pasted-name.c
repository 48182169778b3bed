/* A paste that forms the name of a renamed function: written expanded. */
/* ccp-nm: T klpp_pu_f; t klpr_handle_read */
static int handle_read(int x) { return x; }
#define HANDLER(op) handle_##op

int pu_f(int x)
{
	return HANDLER(read)(x);
}
