/* Bad input: too few arguments. */
#define g(x, y) x
int a = g(1);
