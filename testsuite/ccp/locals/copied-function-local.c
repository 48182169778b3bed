/* A static local of a copied (not patched) helper is offered to the policy
   as next_id::id like a patched function's; the toy policy keeps `id`, so
   it stays with the copy. */
/* ccp-nm: T klpp_pu_f; t klpr_next_id; d id.0 */
static int next_id(void)
{
	static int id = 100;
	return id++;
}

int pu_f(void)
{
	return next_id();
}
