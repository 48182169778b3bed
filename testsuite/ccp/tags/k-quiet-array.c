/* The carve needs struct cfg, whose declaration also defines the array
   cfgs (arch/x86/kernel/cpu/common.c: struct ppin_info and ppin_info[]);
   the array comes along unused where the unit's `other` read it: the
   declaration goes between lines that quiet -Wunused-variable. */
/* ccp-cflags: -O2 -Wall -Werror=unused-variable */
/* ccp-nm: T klpp_pu_f */
static struct cfg {
	int a, b;
} cfgs[] = {
	{ 1, 2 },
	{ 3, 4 },
};

int pu_f(struct cfg *c)
{
	return c->a + c->b;
}

int other(int i)
{
	return cfgs[i].a;
}
