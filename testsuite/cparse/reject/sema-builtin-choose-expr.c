/* __builtin_choose_expr needs an integer constant expression first.  */
int x;

int f(void)
{
	return __builtin_choose_expr(x, 1, 2);
}
