/* 6.2.2p4, 6.7p3: extern after a no-linkage declaration in one block. */
void f(void)
{
  int x;
  extern int x;
}
