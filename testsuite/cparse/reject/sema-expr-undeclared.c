/* C11 6.5.1p2: an identifier must be declared; gcc reports it once per function. */
int f(int a)
{
	return a + nowhere;
}
