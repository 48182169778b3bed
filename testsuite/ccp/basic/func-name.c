/* A renamed function keeps its original name in __func__ (and gcc's
   __FUNCTION__): messages and dynamic debug's `func NAME` see the running
   kernel's name, not klpp_NAME.  Written as #define/#undef around each
   renamed definition that names it, directly or through a macro; a
   function that does not name it gets none. */
/* ccp-nm: T klpp_pu_f; U eu_printk; t klpr_helper; t klpr_quiet */
int eu_printk(const char *fmt, ...);
#define report(fmt, ...) eu_printk(fmt, __func__, ##__VA_ARGS__)

static int __attribute__((noinline)) helper(int x)
{
	report("%s: %d\n", x);
	return x * 3;
}

static int quiet(int x)
{
	return x + 1;
}

int pu_f(int y)
{
	eu_printk("%s %s\n", __FUNCTION__, __func__);
	return helper(y) + quiet(y);
}
