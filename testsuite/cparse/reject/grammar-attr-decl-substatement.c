/* C2x attributes: a sub-statement is no declaration (gcc 12, gnu17). */
void f(int x) { if (x) [[]] int y; }
