/* -nostdinc (GCC manual "Directory Options"): the built-in directories are
   not searched, -I ones still are; no implicit stdc-predef.h either. */
/* cpp-options: -nostdinc -Ifeature/order/i */
#if __has_include(<stddef.h>) || __has_include(<stdio.h>)
a: found_a_system_header
#else
a: no_system_headers
#endif
#if __has_include(<which.h>)
b: still_searches_I
#endif
#ifdef __STDC_IEC_559__
c: stdc_predef_was_included
#else
c: no_stdc_predef
#endif
