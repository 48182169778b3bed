/* __builtin_constant_p takes one argument.  */
int f(int a)
{
	return __builtin_constant_p(a, 1);
}
