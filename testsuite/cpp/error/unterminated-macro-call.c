/* Bad input: end of file inside a macro's argument list (C11 6.10.3p4).
   */
#define f(x, y) x + y
int a = f(1,
  2;
int b;
