/* 6.7p7: an object of type void. */
void f(void)
{
  void v;
}
