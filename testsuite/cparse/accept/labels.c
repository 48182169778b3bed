/* Labels: gcc 12 accepts a label before a declaration and before the
   closing brace of a block (C2x 6.8.1), case and default ones too. */
int f(int x)
{
	switch (x) {
	case 1:
		int y = 2;
		return y;
	case 2 ... 3:
	default:
	}
	goto l;
l:
	int z = 0;
	return z;
m:
}
