/* An externalized static local's initializer leaves with it: what only the
   initializer named is not needed. */
/* ccp-options: --patched-functions=f */
/* ccp-nm: T klpp_f; U klpe_f_table */
struct ops { int (*get)(void); };
static int get_one(void) { return 1; }
static const struct ops ops = { get_one };

int f(void)
{
	static const struct ops *const table[] = { &ops };
	return table[0]->get();
}
