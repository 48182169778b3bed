/* Records of conditional directives: the branch taken, and the groups
   inside a skipped group, which are recorded but not evaluated. */
#define A 2
#if A == 1
one
#elif A == 2
two
#  ifdef B
b
#  endif
#else
other
#endif
#ifndef A
#  if 1
x
#  endif
#endif
