/* C2x attributes: a[[ is no index: gcc wants an expression at the second [ (gcc 12, gnu17). */
int a[3]; void f(void) { a[[0]] = 1; }
