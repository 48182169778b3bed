/* -U of a predefined macro and -D of one (GCC allows both, with -U
   applied in order). */
/* cpp-options: -U__linux__ -Ulinux -D__STDC_HOSTED__=0 -U__x86_64__ */
#ifdef __linux__
a: linux_defined
#else
a: linux_undefined
#endif
b: __STDC_HOSTED__ __x86_64__ linux unix
