/* Shifts in #if (C11 6.5.7 as GCC evaluates them in the preprocessor):
   1 << 63 is negative in intmax_t, >> of a negative value is arithmetic,
   unsigned >> is logical, a negative count shifts the other way, large
   counts give 0 or -1. */
#if (1 << 63) < 0
s1_ok
#endif
#if -1 >> 1 == -1 && -8 >> 2 == -2
s2_ok
#endif
#if (1u << 63) >> 63 == 1 && -1u >> 63 == 1
s3_ok
#endif
#if 1 << 2 == 4 && 16 >> 2 == 4 && 1 << 0 == 1
s4_ok
#endif
#if 8 << -1 == 4 && 8 >> -1 == 16
s5_ok
#endif
#if 1 << 64 == 0 && 1 >> 64 == 0 && -1 >> 64 == -1
s6_ok
#endif
#if (1 << 62) * 2 < 0
s7_wrapped
#endif
