/* note, kept out of line in the original (in no line of the dump), is
   pinned noinline, noclone and used.  Without `used` the carve's gcc sees
   every caller of the copy (pu_f, passing 0) and propagates the 0 into its
   body in place, no clone needed: the call of eu_a would vanish, where the
   original's note, called by `other` with 1 too, keeps it. */
/* ccp-cflags: -O2 */
/* ccp-options: --ipa-clones=k-pin-used.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_note; U eu_a; U eu_b */
extern void eu_a(void);
extern void eu_b(void);

static void note(int flag)
{
	if (flag)
		eu_a();
	else
		eu_b();
}

int pu_f(void)
{
	note(0);
	return 1;
}

int other(void)
{
	note(1);
	note(0);
	return 2;
}
