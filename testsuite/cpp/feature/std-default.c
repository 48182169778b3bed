/* No -std: GCC 12 defaults to gnu17 (__STDC_VERSION__ 201710L). */
a: __STDC_VERSION__ __STRICT_ANSI__ linux unix
