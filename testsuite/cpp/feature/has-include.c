/* __has_include (C2x 6.10.1; GCC manual "__has_include"): 1 when the header
   would be found, by "..." or <...> rules, with a macro-expanded operand;
   `defined __has_include` is true; usable outside #if too in GCC. */
/* cpp-options: -Ifeature/order/i */
#if __has_include("inc/guard.h")
h1_ok
#endif
#if __has_include("inc/no_such.h")
h2_bad
#else
h2_ok
#endif
#if __has_include(<which.h>) && !__has_include(<guard.h>)
h3_ok
#endif
#if __has_include("which.h") && __has_include("inner.h")
h4_ok_quote_falls_back_to_I
#endif
#define HDR "inc/once.h"
#define AHDR <which.h>
#if __has_include(HDR) && __has_include(AHDR)
h5_ok
#endif
#if defined __has_include && defined(__has_include)
h6_ok
#endif
#ifdef __has_include
h7_ok
#endif
#if __has_include ( "inc/guard.h" )
h8_ok
#endif
