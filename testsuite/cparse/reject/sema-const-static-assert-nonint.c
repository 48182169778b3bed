/* A static assertion needs an integer expression. */
_Static_assert(1.0 + 2, "m");
