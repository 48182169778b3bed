/* missing semicolon after a statement */
int f(int x)
{
	x = 1
}
