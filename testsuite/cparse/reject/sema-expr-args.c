/* 6.5.2.2p2: a prototyped call needs as many arguments as parameters. */
int g(int, long);
int f(void)
{
	return g(1, 2) + g(3);
}
