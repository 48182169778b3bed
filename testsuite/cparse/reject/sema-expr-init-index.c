/* 6.7.9p6: an array designator is an integer constant expression. */
int n = 2;
void f(void)
{
	int a[4] = { [1] = 1, [n] = 2 };
	(void)a;
}
