/* Bad input: a parameter named twice. */
#define f(x, x) x
