/* ?: in #if (C11 6.5.15): short-circuit (the unused arm is not evaluated,
   so 1/0 there is fine), right associativity, and the usual arithmetic
   conversions applied to the two arms even when the signed one is chosen. */
#if (1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3
t1_ok
#endif
#if (1 ? 1 : 1 / 0) && (0 ? 1 / 0 : 1)
t2_ok
#endif
#if (0 ? 1 : 0 ? 2 : 3) == 3 && (1 ? 0 ? 4 : 5 : 6) == 5
t3_ok
#endif
#if (1 ? -1 : 0u) > 0
t4_ok_unsigned
#else
t4_signed
#endif
#if (1 ? -1 : 0) > 0
t5_bad
#else
t5_ok
#endif
#if 0 && (1 / 0) || 1 || (1 % 0)
t6_ok
#endif
