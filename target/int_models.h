// int_models.h — the predefined macros that follow from the integer data
// model, shared by the compiler models (internal to target/).
//
// gcc defines the <stdint.h> and <limits.h> support macros (__INTn_*,
// __UINTn_*, __INT_LEASTn_*, __INT_FASTn_*, __INTMAX_*, __INTPTR_*, __SIZE_*,
// __PTRDIFF_*, the __T_MAX__/__T_WIDTH__ limits and __SIZEOF_T__) from the
// target's type sizes and its choice of types (gcc manual, "Common Predefined
// Macros"; C17 7.20 and 5.2.4.2.1).  The four gcc 12 models (x86_64,
// aarch64, ppc64le, s390x) are all LP64 with 'long' fast types for 16, 32
// and 64 bits, a 4-byte wchar_t and wint_t, and a 16-byte __int128, so they
// share every row below.  Rows that differ per target (char signedness, the
// wchar_t type, -fshort-wchar, floating sizes) stay in the model files.
// Values were measured with each gcc 12 (see the model files).
#pragma once

// LP64: int 32 bits, long and pointers 64; int_fast16/32/64_t are long.
#define KCARVE_LP64_LONG_FAST_INTEGER_TYPES \
  {"__INT16_C(c)", "c", ""}, \
  {"__INT16_MAX__", "0x7fff", ""}, \
  {"__INT16_TYPE__", "short int", ""}, \
  {"__INT32_C(c)", "c", ""}, \
  {"__INT32_MAX__", "0x7fffffff", ""}, \
  {"__INT32_TYPE__", "int", ""}, \
  {"__INT64_C(c)", "c ## L", ""}, \
  {"__INT64_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INT64_TYPE__", "long int", ""}, \
  {"__INT8_C(c)", "c", ""}, \
  {"__INT8_MAX__", "0x7f", ""}, \
  {"__INT8_TYPE__", "signed char", ""}, \
  {"__INTMAX_C(c)", "c ## L", ""}, \
  {"__INTMAX_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INTMAX_TYPE__", "long int", ""}, \
  {"__INTMAX_WIDTH__", "64", ""}, \
  {"__INTPTR_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INTPTR_TYPE__", "long int", ""}, \
  {"__INTPTR_WIDTH__", "64", ""}, \
  {"__INT_FAST16_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INT_FAST16_TYPE__", "long int", ""}, \
  {"__INT_FAST16_WIDTH__", "64", ""}, \
  {"__INT_FAST32_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INT_FAST32_TYPE__", "long int", ""}, \
  {"__INT_FAST32_WIDTH__", "64", ""}, \
  {"__INT_FAST64_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INT_FAST64_TYPE__", "long int", ""}, \
  {"__INT_FAST64_WIDTH__", "64", ""}, \
  {"__INT_FAST8_MAX__", "0x7f", ""}, \
  {"__INT_FAST8_TYPE__", "signed char", ""}, \
  {"__INT_FAST8_WIDTH__", "8", ""}, \
  {"__INT_LEAST16_MAX__", "0x7fff", ""}, \
  {"__INT_LEAST16_TYPE__", "short int", ""}, \
  {"__INT_LEAST16_WIDTH__", "16", ""}, \
  {"__INT_LEAST32_MAX__", "0x7fffffff", ""}, \
  {"__INT_LEAST32_TYPE__", "int", ""}, \
  {"__INT_LEAST32_WIDTH__", "32", ""}, \
  {"__INT_LEAST64_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__INT_LEAST64_TYPE__", "long int", ""}, \
  {"__INT_LEAST64_WIDTH__", "64", ""}, \
  {"__INT_LEAST8_MAX__", "0x7f", ""}, \
  {"__INT_LEAST8_TYPE__", "signed char", ""}, \
  {"__INT_LEAST8_WIDTH__", "8", ""}, \
  {"__INT_MAX__", "0x7fffffff", ""}, \
  {"__INT_WIDTH__", "32", ""}, \
  {"__LONG_LONG_MAX__", "0x7fffffffffffffffLL", ""}, \
  {"__LONG_LONG_WIDTH__", "64", ""}, \
  {"__LONG_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__LONG_WIDTH__", "64", ""}, \
  {"__PTRDIFF_MAX__", "0x7fffffffffffffffL", ""}, \
  {"__PTRDIFF_TYPE__", "long int", ""}, \
  {"__PTRDIFF_WIDTH__", "64", ""}, \
  {"__SCHAR_MAX__", "0x7f", ""}, \
  {"__SCHAR_WIDTH__", "8", ""}, \
  {"__SHRT_MAX__", "0x7fff", ""}, \
  {"__SHRT_WIDTH__", "16", ""}, \
  {"__SIZEOF_DOUBLE__", "8", ""}, \
  {"__SIZEOF_FLOAT__", "4", ""}, \
  {"__SIZEOF_INT128__", "16", ""}, \
  {"__SIZEOF_INT__", "4", ""}, \
  {"__SIZEOF_LONG_DOUBLE__", "16", ""}, \
  {"__SIZEOF_LONG_LONG__", "8", ""}, \
  {"__SIZEOF_LONG__", "8", ""}, \
  {"__SIZEOF_POINTER__", "8", ""}, \
  {"__SIZEOF_PTRDIFF_T__", "8", ""}, \
  {"__SIZEOF_SHORT__", "2", ""}, \
  {"__SIZEOF_SIZE_T__", "8", ""}, \
  {"__SIZEOF_WCHAR_T__", "4", ""}, \
  {"__SIZEOF_WINT_T__", "4", ""}, \
  {"__SIZE_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__SIZE_TYPE__", "long unsigned int", ""}, \
  {"__SIZE_WIDTH__", "64", ""}, \
  {"__UINT16_C(c)", "c", ""}, \
  {"__UINT16_MAX__", "0xffff", ""}, \
  {"__UINT16_TYPE__", "short unsigned int", ""}, \
  {"__UINT32_C(c)", "c ## U", ""}, \
  {"__UINT32_MAX__", "0xffffffffU", ""}, \
  {"__UINT32_TYPE__", "unsigned int", ""}, \
  {"__UINT64_C(c)", "c ## UL", ""}, \
  {"__UINT64_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINT64_TYPE__", "long unsigned int", ""}, \
  {"__UINT8_C(c)", "c", ""}, \
  {"__UINT8_MAX__", "0xff", ""}, \
  {"__UINT8_TYPE__", "unsigned char", ""}, \
  {"__UINTMAX_C(c)", "c ## UL", ""}, \
  {"__UINTMAX_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINTMAX_TYPE__", "long unsigned int", ""}, \
  {"__UINTPTR_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINTPTR_TYPE__", "long unsigned int", ""}, \
  {"__UINT_FAST16_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINT_FAST16_TYPE__", "long unsigned int", ""}, \
  {"__UINT_FAST32_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINT_FAST32_TYPE__", "long unsigned int", ""}, \
  {"__UINT_FAST64_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINT_FAST64_TYPE__", "long unsigned int", ""}, \
  {"__UINT_FAST8_MAX__", "0xff", ""}, \
  {"__UINT_FAST8_TYPE__", "unsigned char", ""}, \
  {"__UINT_LEAST16_MAX__", "0xffff", ""}, \
  {"__UINT_LEAST16_TYPE__", "short unsigned int", ""}, \
  {"__UINT_LEAST32_MAX__", "0xffffffffU", ""}, \
  {"__UINT_LEAST32_TYPE__", "unsigned int", ""}, \
  {"__UINT_LEAST64_MAX__", "0xffffffffffffffffUL", ""}, \
  {"__UINT_LEAST64_TYPE__", "long unsigned int", ""}, \
  {"__UINT_LEAST8_MAX__", "0xff", ""}, \
  {"__UINT_LEAST8_TYPE__", "unsigned char", ""}
