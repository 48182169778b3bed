/* Compiled with -Wmissing-prototypes (fs/btrfs/Makefile): pu_f, declared
   before its definition in the original, is klpp_pu_f in the carve,
   global and declared nowhere; gcc would warn (-Werror here: reject).  A
   prototype is written before it.  ps_g is made static (and, unused,
   dropped by gcc): none needed. */
/* ccp-cflags: -O2 -Wmissing-prototypes -Werror=missing-prototypes */
/* ccp-nm: T klpp_pu_f; U eu_ext */
extern int eu_ext(int);
int pu_f(int x, const char *why);
int ps_g(int x);

int pu_f(int x, const char *why)
{
	return eu_ext(x) + (why != 0);
}

int ps_g(int x)
{
	return pu_f(x, "g") * 2;
}
