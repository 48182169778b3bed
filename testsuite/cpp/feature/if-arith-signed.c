/* #if arithmetic in intmax_t (C11 6.10.1p4): 64-bit signed values, unary
   operators, precedence, logical operators yielding int, the comma operator,
   and overflow wrapping as GCC does it (with a warning). */
#if 9223372036854775807 > 0 && -9223372036854775807 - 1 < 0
r1_ok
#else
r1_bad
#endif
#if 2 + 3 * 4 == 14 && (2 + 3) * 4 == 20
r2_ok
#endif
#if -1 < 0 && ~0 == -1 && !0 == 1 && !5 == 0 && +3 == 3 && - -3 == 3
r3_ok
#endif
#if (1 || 0) - 2 < 0 && (0 && 1) - 1 < 0
r4_ok
#endif
#if (0, 1)
r5_ok
#endif
#if 0x7fffffffffffffff + 1 < 0
r6_wrapped
#else
r6_not_wrapped
#endif
#if (3 & 5) == 1 && (3 | 5) == 7 && (3 ^ 5) == 6
r7_ok
#endif
#if 1 == 1L && 1 == 1ll && 1 == 1LL && 10 == 012 && 10 == 0xA && 10 == 0XaL
r8_ok
#endif
#if 1 < 2 == 1 && 3 > 2 > 1 == 0 && 2 <= 2 && 2 >= 3 == 0 && 1 != 2
r9_ok
#endif
