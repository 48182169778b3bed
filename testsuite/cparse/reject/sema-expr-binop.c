/* 6.5.6p2: + needs arithmetic operands or a pointer and an integer. */
struct s { int a; } v;
int f(void)
{
	return 1 + v;
}
