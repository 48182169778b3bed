/* 6.9.1p6: K&R declarations name only listed parameters. */
int kr(a, b)
  int a;
  long c;
{
  return a + b;
}
