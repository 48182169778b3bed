/* A const object is not an integer constant expression in C. */
static const int c = 5;
_Static_assert(c == 5, "m");
