/*
 * badrel.c - references to a klp-reloc symbol (refs.json's kt_cmdline) the
 * livepatch core cannot write: R_X86_64_32 (a kernel address never fits its
 * zero extension) and a field in a section that is not loaded (no SHF_ALLOC).
 */
asm(".pushsection .data.kt32, \"aw\", @progbits\n\t.long kt_cmdline\n\t.popsection");
asm(".pushsection .kt_note, \"\", @progbits\n\t.quad kt_cmdline\n\t.popsection");
