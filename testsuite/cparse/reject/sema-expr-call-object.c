/* 6.5.2.2p1: the called expression must have pointer-to-function type. */
int x;
int (*fp)(void);
void f(void)
{
	fp();
	(*fp)();
	x();
}
