/* gcc places a conditional expression at its colon. */
int x;
_Static_assert(x ? 1 : 2, "m");
