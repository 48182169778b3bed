/* Under the default policy a copied helper's block-scope static is the
   running kernel's instance too: offered as warn_bad::count, made the
   pointer klpe_warn_bad_count (kallsyms).  Its initializer goes with the
   declaration: the kernel's instance already holds its value. */
/* ccp-options: --patched-functions=pu_f */
/* ccp-nm: T klpp_pu_f; t klpr_warn_bad; U klpe_warn_bad_count; U report */
extern void report(unsigned long port);

static void warn_bad(unsigned long port)
{
	static int count = 10;
	if (count) {
		count--;
		report(port);
	}
}

int pu_f(unsigned long port)
{
	if (port > 0x10000UL)
		return 1;
	warn_bad(port);
	return 0;
}
