/* -std=c17 (GCC manual "C Dialect Options"): __STDC_VERSION__, the strict-ANSI
   marker and the non-reserved system names (linux, unix: GNU modes only). */
/* cpp-options: -std=c17 */
a: __STDC_VERSION__ __STRICT_ANSI__ __STDC__
b: linux unix i386 __linux__ __unix__
