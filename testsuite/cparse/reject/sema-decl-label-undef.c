/* 6.8.6.1: goto needs a label in the function. */
void h(void)
{
  int a = 0;
  if (a)
    goto out;
}
