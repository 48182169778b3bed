/* The result operand of __builtin_add_overflow_p may not be an enum.  */
enum E { A } e;

int f(int a, int b)
{
	return __builtin_add_overflow_p(a, b, e);
}
