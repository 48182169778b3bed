/* C2x attributes: not before a K&R parameter declaration (gcc 12, gnu17). */
int f(x, y) int x; [[]] int y; { return x + y; }
