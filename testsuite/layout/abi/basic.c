/* Directed ABI test: sizes and alignments of the basic types, pointers,
   arrays, _Complex and va_list on each target (C11 6.2.5; x86-64 psABI
   3.1.2, AAPCS64 5.1, ELFv2 2.1.2, s390x ELF ABI 1.2.2).  The layout
   harness appends kcarve's --dump-layout-asserts and compiles with gcc and
   the cross compilers.  */

typedef _Bool t_bool;
typedef char t_char;
typedef signed char t_schar;
typedef unsigned char t_uchar;
typedef short t_short;
typedef unsigned short t_ushort;
typedef int t_int;
typedef unsigned int t_uint;
typedef long t_long;
typedef unsigned long t_ulong;
typedef long long t_llong;
typedef unsigned long long t_ullong;
typedef float t_float;
typedef double t_double;
typedef long double t_ldouble;
typedef void *t_ptr;
typedef int (*t_fnptr)(int);
typedef const volatile int t_cvint;
typedef __SIZE_TYPE__ t_size;
typedef __PTRDIFF_TYPE__ t_ptrdiff;
typedef __WCHAR_TYPE__ t_wchar;
typedef __builtin_va_list t_va_list;

#ifdef __SIZEOF_INT128__
typedef __int128 t_int128;
typedef unsigned __int128 t_uint128;
typedef __int128_t t_int128_t;
typedef __uint128_t t_uint128_t;
struct s_int128 { char c; __int128 i; };
struct s_int128_pair { long l; __int128 i; char c; };
#endif

typedef _Complex float t_cfloat;
typedef _Complex double t_cdouble;
typedef _Complex long double t_cldouble;
typedef _Complex int t_cint;
typedef _Complex char t_cchar;
typedef _Complex short t_cshort;
typedef _Complex long long t_cllong;

typedef char t_char3[3];
typedef int t_int5[5];
typedef long double t_ld2[2];
typedef double t_d23[2][3];
typedef char t_c0[0];
typedef int t_i0[0];

/* Each basic type after a char: its alignment inside a record. */
struct s_bool { char c; _Bool v; };
struct s_short { char c; short v; };
struct s_int { char c; int v; };
struct s_long { char c; long v; };
struct s_llong { char c; long long v; };
struct s_float { char c; float v; };
struct s_double { char c; double v; };
struct s_ldouble { char c; long double v; };
struct s_ptr { char c; void *v; };
struct s_cfloat { char c; _Complex float v; };
struct s_cdouble { char c; _Complex double v; };
struct s_cldouble { char c; _Complex long double v; };
struct s_cchar { char c; _Complex char v; };
struct s_va { char c; __builtin_va_list v; };
struct s_fnptr { char c; void (*f)(void); };
struct s_arr { char c; short a[3]; char d; };
struct s_arr2 { char c; double a[2][3]; char d; };
struct s_mixed { char a; short b; char c; int d; char e; long f; char g; };
struct s_mixed2 { long double a; char b; double c; int d; };
struct s_nested { char c; struct s_mixed m; char d; struct s_ldouble l; };
struct s_empty { };
struct s_empty_in { char c; struct s_empty e; char d; };
struct s_zero_arr { char c; int z[0]; };
struct s_zero_arr2 { char c; long z[0]; char d; };
struct s_zero_arr3 { int z[0]; };

typedef struct s_mixed t_mixed;
typedef struct s_nested t_nested_arr[3];
typedef union { char c; long double ld; } t_union_ld;

/* _Atomic raises the alignment of 1, 2, 4, 8 and 16-byte types to that of
   the integer of their size (gcc's find_atomic_core_type).  */
struct s_three { char a[3]; };
struct s_two_shorts { short a, b; };
struct s_eight_chars { char a[8]; };
typedef _Atomic struct s_three t_atomic_three;
typedef _Atomic struct s_two_shorts t_atomic_two_shorts;
typedef _Atomic struct s_eight_chars t_atomic_eight_chars;
typedef _Atomic long double t_atomic_ldouble;
typedef _Atomic _Complex float t_atomic_cfloat;
typedef _Atomic _Complex double t_atomic_cdouble;
typedef _Atomic char t_atomic_char;
typedef _Atomic(long) t_atomic_long;
struct s_atomic { char c; _Atomic struct s_two_shorts t; char d; _Atomic _Complex double cd; char e; };
