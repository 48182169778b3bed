/* A static assertion on a variable: not constant, at the operator (gcc c-parser.cc). */
int x;
_Static_assert(x + 1, "m");
