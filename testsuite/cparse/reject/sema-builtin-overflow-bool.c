/* The result of an overflow builtin may not be a _Bool.  */
int f(int a, int b)
{
	_Bool r;
	return __builtin_add_overflow(a, b, &r);
}
