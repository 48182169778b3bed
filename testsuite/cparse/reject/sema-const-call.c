/* A call is not a constant, even of a const function. */
int f(void) __attribute__((const));
_Static_assert(f() == 1, "m");
