/* __has_include on the built-in system directories (no -nostdinc), and
   stdc-predef.h preincluded by default (its macros are defined). */
#if __has_include(<stddef.h>) && __has_include(<stdio.h>) && !__has_include(<no_such_kcarve.h>)
a: system_headers_found
#endif
#ifdef __STDC_IEC_559__
b: stdc_predef_included __STDC_ISO_10646__
#endif
#define HAS(h) __has_include(h)
#if HAS(<stddef.h>)
c: has_include_from_a_macro
#endif
