/* Bad input: a function-like macro called with too many arguments. */
#define f(x) x
int a = f(1, 2);
