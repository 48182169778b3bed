/* #elifdef / #elifndef (C2x 6.10.1, GCC 12 with -std=c2x). */
/* cpp-options: -std=c2x */
#define A
#ifdef NOPE
f1_bad
#elifdef A
f1_ok
#endif
#ifdef NOPE
#elifndef A
f2_bad
#elifndef NOPE2
f2_ok
#endif
#if 1
f3_ok
#elifdef A
f3_bad
#endif
