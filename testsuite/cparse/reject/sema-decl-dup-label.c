/* 6.8.1: labels are unique within a function. */
void k(int x)
{
  if (x) goto L;
 L: x++;
 L: x--;
}
