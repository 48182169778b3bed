/* 6.5.1.1p2: a _Generic selection without a compatible association or default. */
long l;
int x = _Generic(l, int: 1, unsigned long: 2);
