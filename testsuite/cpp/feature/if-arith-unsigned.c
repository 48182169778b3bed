/* #if unsigned arithmetic (C11 6.10.1p4, 6.3.1.8): a u suffix makes uintmax_t
   and the other operand is converted; a decimal constant too big for intmax_t
   is unsigned (GCC warns); hexadecimal ones become unsigned quietly;
   comparisons and division follow the converted type. */
#if -1 > 0u
u1_ok
#else
u1_bad
#endif
#if -1 > 0
u2_bad
#else
u2_ok
#endif
#if 0xFFFFFFFFFFFFFFFF == -1
u3_ok
#endif
#if 18446744073709551615 == -1
u4_ok
#endif
#if 0xFFFFFFFFFFFFFFFF > 0
u5_ok
#endif
#if -1u / 2 == 9223372036854775807
u6_ok
#endif
#if (0u - 1) >> 63 == 1
u7_ok
#endif
#if -1 / 2u > 1
u8_ok
#endif
#if 1u == 1 && 1UL == 1 && 1ull == 1 && 1uLL == 1 && 1lu == 1
u9_ok
#endif
#if (-1 < 0u) == 0 && (-1 < 0) == 1
u10_ok
#endif
