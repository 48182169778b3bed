/* __builtin_has_attribute needs its attribute operand. */
int x;
int a = __builtin_has_attribute(x);
