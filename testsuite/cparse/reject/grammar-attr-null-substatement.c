/* C2x attributes: a null statement may not carry them as a sub-statement (gcc 12, gnu17). */
void f(int x) { while (x) [[]] ; }
