/* A read-only static object named in a static initializer cannot be
   reached through a pointer there (an address constant is needed): it is
   copied instead; a writable one is pointer-ized where it is read. */
/* ccp-nm: T klpp_pu_f; d esp_ops; U esp_state; t klpr_get_one; d table.0 */
struct ops { int (*get)(void); };
static int get_one(void) { return 1; }
static const struct ops esp_ops = { get_one };
static int esp_state;

int pu_f(void)
{
	static const struct ops *const table[] = { &esp_ops };
	return table[0]->get() + esp_state;
}
