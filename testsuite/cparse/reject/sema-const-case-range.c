/* The upper bound of a case range. */
int x;
int f(int y)
{
	switch (y) {
	case 1 ... x:
		return 1;
	}
	return 0;
}
