/* A negative shift count is not a constant (gcc folds counts past the width). */
_Static_assert((1 << -1) == 0, "m");
