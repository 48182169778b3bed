/* C2x attributes: they need a statement or declaration after them (gcc 12, gnu17). */
void f(void) { [[]] }
