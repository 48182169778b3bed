/* A copied static helper reaching an externalized object: both handled,
   the declaration before the helper that first uses it. */
/* ccp-nm: T klpp_pu_f; t klpr_peek; U esp_level */
static int esp_level;
static int peek(void) { return esp_level; }

int pu_f(void)
{
	return peek() + 1;
}
