/* 6.7.9p16: an array is initialized by a brace-enclosed list or a string. */
int b[2];
void f(void)
{
	int a[2] = b;
	(void)a;
}
