/* gcc does not fold an index into a string literal in a constant expression. */
_Static_assert("abc"[1] == 98, "m");
