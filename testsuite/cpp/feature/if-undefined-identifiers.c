/* Identifiers left after macro expansion in #if are 0 (C11 6.10.1p4),
   including keywords, a function-like macro name without '(' and, in C
   (not C++), true and false. */
#define FN(x) 1
#if UNDEFINED == 0 && !UNDEFINED
i1_ok
#endif
#if FN
i2_bad
#else
i2_ok
#endif
#if FN(0) == 1
i3_ok
#endif
#if int || char || sizeof || unsigned
i4_bad
#else
i4_ok
#endif
#if true
i5_true_is_1
#else
i5_true_is_0
#endif
#if false == 0 && true == 0
i6_ok
#endif
#if UNDEFINED_A + UNDEFINED_B * 5 == 0
i7_ok
#endif
