/* Bad input: a floating constant in #if (C11 6.10.1p1: integer only). */
#if 1.0
#endif
