/* Directed ABI test: the floating types gcc 12 offers on each target
   (gcc manual 6.12 "Additional Floating Types", 6.13 "Half-Precision",
   6.14 "Decimal Floating Types").  Guarded by the macros gcc predefines
   where a type is missing on a target.  */

typedef _Float32 t_f32;
typedef _Float64 t_f64;
typedef _Float32x t_f32x;
typedef _Float64x t_f64x;
typedef _Float128 t_f128;
typedef _Complex _Float128 t_cf128;
typedef _Complex _Float32 t_cf32;
struct s_f128 { char c; _Float128 f; };
struct s_f64x { char c; _Float64x f; char d; };
struct s_cf128 { char c; _Complex _Float128 f; };

#ifdef __FLT16_MAX__
typedef _Float16 t_f16;
typedef _Complex _Float16 t_cf16;
struct s_f16 { char c; _Float16 f; char d; };
#endif

#if defined(__x86_64__) || defined(__powerpc64__)
typedef __float128 t_float128;
struct s_float128 { char c; __float128 f; };
#endif

#ifdef __powerpc64__
typedef __ibm128 t_ibm128;
struct s_ibm128 { char c; __ibm128 f; };
#endif

#ifdef __DEC32_MAX__
typedef _Decimal32 t_d32;
typedef _Decimal64 t_d64;
typedef _Decimal128 t_d128;
struct s_dec { char c; _Decimal32 a; char d; _Decimal64 b; char e; _Decimal128 f; };
#endif

struct s_ld { char c; long double a; char d; _Complex long double b; char e; };
union u_floats { float f; double d; long double ld; _Complex double cd; };
