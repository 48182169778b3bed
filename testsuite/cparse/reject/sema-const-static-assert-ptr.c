/* An address is a constant but not an integer. */
int x;
_Static_assert(&x, "m");
