/* cparse-options: -std=gnu89 */
/* gnu89 has `asm`, `typeof` and `inline` but not `restrict`. */
int restrict;
static inline int f(int *p) { typeof(*p) x = *p; asm(""); return x + restrict; }
