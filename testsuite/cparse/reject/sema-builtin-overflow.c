/* The overflow builtins store through a pointer to an integer type.  */
int f(int a, int b)
{
	int r;
	return __builtin_add_overflow(a, b, &r) + __builtin_mul_overflow(a, b, r);
}
