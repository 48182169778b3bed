/* cparse-options: -std=c89 */
/* Strict C90 has no `asm`, `typeof`, `inline` or `restrict` keywords (gcc
   manual 6.48): they are ordinary identifiers; the __ spellings stay. */
int asm = 1;
int typeof(int restrict);
int f(void) { int inline = asm; __asm__ (""); return inline; }
__inline__ int g(int *__restrict__ p) { return *p; }
