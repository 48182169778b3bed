/* k-jump-key*.c: a jump label as arch/x86/include/asm/jump_label.h and
   include/linux/jump_label.h write it: the key's address is an asm goto's
   "i" operand, which must be a link-time constant. */
struct static_key { int enabled; };
struct static_key_false { struct static_key key; };
static inline __attribute__((__always_inline__)) _Bool arch_static_branch(struct static_key *key, _Bool branch)
{
	asm goto("1: .byte 0x0f,0x1f,0x44,0x00,0x00\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".long 1b - ., %l[l_yes] - .\n\t"
		 ".quad %c0 + %c1 - .\n\t"
		 ".popsection"
		 : : "i" (key), "i" (branch) : : l_yes);
	return 0;
l_yes:
	return 1;
}
#define static_branch_unlikely(x) arch_static_branch(&(x)->key, 0)
