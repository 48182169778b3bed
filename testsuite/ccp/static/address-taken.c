/* A static function whose address is taken is copied like a called one. */
/* ccp-nm: T klpp_pu_f; t klpr_cb */
static void cb(int *p) { *p = 1; }

void pu_f(void (**out)(int *))
{
	*out = cb;
}
