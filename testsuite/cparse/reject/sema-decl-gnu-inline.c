/* gcc 6.45: a C99 inline definition is a definition: no second one (only gnu_inline extern inline may be replaced). */
extern inline int twice(int x) { return 2 * x; }
int twice(int x) { return x + x; }
