/* other.c — a unit main.c does not include. */
int other(void)
{
  return 1;
}
