/* An object-like macro naming a copied function: the invocation is
   written expanded (the name comes from the macro's body). */
/* ccp-nm: T klpp_pu_f; t klpr_impl_v2 */
static int impl_v2(int x) { return x + 2; }
#define impl impl_v2

int pu_f(int x)
{
	return impl(x);
}
