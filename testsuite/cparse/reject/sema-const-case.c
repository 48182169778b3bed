/* A case label that is not constant: at the case keyword. */
int x;
int f(int y)
{
	switch (y) {
	case 1:
	case x + 1:
		return 1;
	}
	return 0;
}
