/* What a copied helper needs comes along: the static const table it
   reads is copied too (no e?_ name: not externalized), keeping its name. */
/* ccp-nm: T klpp_pu_f; t klpr_lookup; r weights */
static const int weights[4] = { 1, 2, 4, 8 };
static int lookup(int i) { return weights[i & 3]; }

int pu_f(int i)
{
	return lookup(i) * 2;
}
