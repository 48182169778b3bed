/* C2x attributes: not before __label__ (gcc 12, gnu17). */
void f(void) { [[]] __label__ x; }
