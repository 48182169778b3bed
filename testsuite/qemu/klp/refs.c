/*
 * refs.c - an object for the --klp-fixup tests (generator.exp), compiled
 * with gcc -O2 -fno-pic -mcmodel=kernel like kernel code: references to
 * three klp-reloc symbols (refs.json) of three kinds, R_X86_64_PC32 from
 * .text (a load), R_X86_64_PLT32 from .text (a call into a module object)
 * and R_X86_64_64 from .data (a pointer initializer), and one exported
 * symbol that must stay as it is.
 */
extern char *kt_cmdline;
extern int kt_helper(int);
extern int kt_counter;
extern int kt_exported(void);

int *kt_ptr = &kt_counter;

char *kt_read(void) { return kt_cmdline; }
int kt_call(int x) { return kt_helper(x) + kt_exported(); }
