/* Division and remainder in #if (C11 6.5.5p6): truncation toward zero, the
   sign of % follows the dividend; unsigned division; division by zero is
   only an error when evaluated (checked in the skipped arms here). */
#if 7 / 2 == 3 && -7 / 2 == -3 && 7 / -2 == -3 && -7 / -2 == 3
d1_ok
#endif
#if 7 % 2 == 1 && -7 % 2 == -1 && 7 % -2 == 1 && -7 % -2 == -1
d2_ok
#endif
#if 7u / 2 == 3 && -7 / 2u == 9223372036854775804
d3_ok
#endif
#if 0 && 1 / 0
d4_bad
#elif 1 || 1 % 0
d4_ok
#endif
#if (-9223372036854775807 - 1) / 1 < 0
d5_ok
#endif
