/* __builtin_sub_overflow takes three arguments.  */
int f(int a, int b)
{
	return __builtin_sub_overflow(a, b);
}
