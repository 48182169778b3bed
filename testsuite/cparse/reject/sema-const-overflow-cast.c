/* (int)(long)&x is not constant: a symbolic address truncated. */
int x;
_Static_assert((int)(long)&x, "m");
