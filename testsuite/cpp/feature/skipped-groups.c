/* Skipped groups (C11 6.10.1p6, 6.10p4): only directive names are looked at;
   lines that are not valid directives, unknown directives, bad #if
   expressions, #error, missing #include files and unbalanced quotes in
   skipped text are all ignored; nested conditionals inside are still
   tracked; a comment can hide an #endif. */
#if 0
#if garbage (((
#elif 1 / 0
#else
#endif
#unknown_directive with junk
#error must not fire
#include "no_such_header.h"
#include_next <nor_this.h>
#define NOT_DEFINED 1
#pragma GCC error "nor this"
#line garbage
'unterminated char in skipped text
"unterminated string in skipped text
# 12 "not a marker"
#ifdef X
#  ifndef Y
#  endif
#elif garbage
#endif
/* #endif inside a comment does not count
#endif
*/
#else
taken_else
#ifdef NOT_DEFINED
bad
#endif
#endif
#if 1
#else
#if (
#endif
#endif
end
