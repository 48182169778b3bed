/* An object the policy does not externalize is copied: a new instance,
   made static (the toy policy externalizes only e?_ names). */
/* ccp-nm: T klpp_pu_f; d table; b scratch */
int table[3] = { 1, 2, 3 };
static int scratch[8];

int pu_f(int i)
{
	scratch[i] = table[i];
	return scratch[i];
}
