/* __builtin_choose_expr takes exactly three operands.  */
int f(void)
{
	return __builtin_choose_expr(1, 2);
}
