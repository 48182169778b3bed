/* In the GNU dialects `asm` is a keyword, not a declarator name. */
int asm = 1;
