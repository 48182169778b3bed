/* 6.3.2.2: a void expression has no value. */
void g(void);
int f(void)
{
	int x;
	x = g();
	return x;
}
