/* -undef (GCC manual "Preprocessor Options"): no system- or GCC-specific
   macros (no __linux__, unix, __x86_64__, __GNUC__), but the standard ones
   (__STDC__, __STDC_VERSION__, __STDC_HOSTED__) remain. */
/* cpp-options: -undef */
a: __linux__ linux unix __unix__ __x86_64__ __GNUC__ __GNUC_MINOR__ __CHAR_BIT__
b: __STDC__ __STDC_VERSION__ __STDC_HOSTED__
#ifdef __GNUC__
c: gnuc
#endif
