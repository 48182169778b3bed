/* Division by zero is not a constant (C11 6.5.5p5). */
_Static_assert(1 / (2 - 2), "m");
