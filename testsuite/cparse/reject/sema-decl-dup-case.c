/* 6.8.4.2p3: case values of one switch differ (a case range overlaps). */
int f4(int i)
{
  switch (i) {
  case 1 ... 5: return 1;
  case 7: return 2;
  case 3: return 3;
  }
  return 0;
}
