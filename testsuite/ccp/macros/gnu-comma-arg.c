/* `, ## __VA_ARGS__` (GNU) pastes nothing: a pointer-ized object among
   the variadic arguments is rewritten in the invocation's text, which is
   kept with its #define. */
/* ccp-nm: T klpp_pu_f; U eu_printk; U eup_v */
extern int eu_printk(const char *fmt, ...);
extern int eup_v;
#define PR(fmt, ...) eu_printk(fmt, ##__VA_ARGS__)

int pu_f(void)
{
	return PR("%d\n", eup_v);
}
