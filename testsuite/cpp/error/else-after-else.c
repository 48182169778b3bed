/* Bad input: a second #else in one group (C11 6.10.1). */
#if 0
a
#else
b
#else
c
#endif
