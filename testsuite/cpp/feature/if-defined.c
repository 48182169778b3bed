/* defined in #if (C11 6.10.1p1): with and without parentheses, with spaces,
   negated, on function-like macros and on macros defined empty; `defined`
   produced by a macro expansion (GCC evaluates it, warning only with
   -Wexpansion-to-defined); #ifdef/#ifndef. */
#define OBJ
#define FN(x) x
#define ZERO 0
#if defined OBJ && defined(OBJ) && defined ( OBJ ) && defined FN
d1_ok
#endif
#if !defined NOPE && !defined(NOPE) && (defined ZERO)
d2_ok
#endif
#if defined(OBJ) + defined(FN) + defined(NOPE) == 2
d3_ok
#endif
#define HAVE_OBJ defined(OBJ)
#define HAVE(x) defined(x)
#if HAVE_OBJ && HAVE(FN) && !HAVE(NOPE)
d4_ok
#endif
#ifdef OBJ
d5_ok
#endif
#ifndef NOPE
d6_ok
#endif
#ifdef ZERO
d7_ok
#endif
#undef OBJ
#ifdef OBJ
d8_bad
#else
d8_ok
#endif
#if defined __FILE__ && defined __LINE__ && defined __COUNTER__
d9_builtins_defined
#endif
