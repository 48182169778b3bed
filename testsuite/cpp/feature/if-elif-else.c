/* #if/#elif/#else chains (C11 6.10.1p6): the first true group is taken, the
   rest skipped; once a group was taken later #elif expressions are not
   evaluated (so 1/0 or garbage there is no error); nesting inside taken and
   skipped groups. */
#if 0
e1_bad
#elif 0
e1_bad2
#elif 1
e1_ok
#elif 1
e1_bad3
#else
e1_bad4
#endif
#if 1
e2_ok
#elif 1 / 0
e2_bad
#elif garbage (
e2_bad2
#else
e2_bad3
#endif
#if 0
#elif 0
#else
e3_ok
#endif
#ifdef NOPE
#elif defined(__LINE__)
e4_ok
#endif
#if 1
# if 0
e5_bad
# elif 1
e5_ok
#  if 0
#  else
e5_inner_ok
#  endif
# endif
#elif 1
e5_bad2
#endif
