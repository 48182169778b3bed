/* Directives inside a macro's argument list (GCC extension, cpp manual
   "Directives Within Macro Arguments"): conditionals and #define/#undef
   between the '(' and ')' are processed as the arguments are collected. */
#define f(x, y) <x|y>
#define A 1
f(1,
#ifdef A
  a_defined
#else
  a_undefined
#endif
)
f(
#if 0
  skipped,
#endif
  2, 3)
f(A,
#undef A
#define A 2
  A)
A
