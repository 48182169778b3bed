/* sizeof of a variable length array is evaluated at run time (6.5.3.4p2). */
void f(int n)
{
	_Static_assert(sizeof(int[n]) == 4, "m");
}
