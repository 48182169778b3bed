/* 6.7p3: no-linkage identifiers are declared once per scope. */
void h(void)
{
  int y;
  {
    int y;
    double y;
  }
}
