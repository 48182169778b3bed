/* A static local of a copied helper named esp_: the copy replaces the
   kernel's helper for the patched caller and must count with the kernel's
   instance, so it is externalized through a pointer like a patched
   function's, and its declaration leaves the copy. */
/* ccp-nm: T klpp_pu_f; t klpr_bump; U esp_seen */
static int bump(int x)
{
	static int esp_seen;
	esp_seen += x;
	return esp_seen;
}

int pu_f(int x)
{
	return bump(x) + bump(x + 1);
}
