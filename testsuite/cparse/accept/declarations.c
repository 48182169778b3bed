/* Declarations: C11 6.7 and gcc's types (6.9-6.13, 6.17, 6.19). */
static __thread int tl;
_Thread_local int tl2;
__extension__ typedef unsigned long long u64;
__int128 i128; unsigned __int128 u128; __int128_t i128t; __uint128_t u128t;
_Float32 f32; _Float64 f64; _Float128 f128; _Float32x f32x; _Float64x f64x; __float128 q;
_Complex double cd; __complex__ float cf; double _Complex cd2;
_Atomic int ai; _Atomic(int) ai2; int _Atomic *aip;
_Alignas(16) int al; _Alignas(long) int al2;
_Static_assert(sizeof(int) == 4, "int");
_Static_assert(1);
_Noreturn void nr(void);
inline static int il(void) { return 0; }
__inline__ int il2(void);
int *restrict rp; int *__restrict__ rp2; int * const volatile cvp;
const int __const ci = 1; volatile int __volatile__ vi; __signed__ char sc;
extern __seg_gs int *gsp; __seg_fs int fsi;
typeof(int) ti; __typeof__(ti) ti2; __typeof(ti) *ti3;
void (*signal(int, void (*)(int)))(int);
int (*fpa[3])(int, ...);
int vla(int n, int a[static n], int b[const *], int c[n][n]);
struct S; union U { int a; float b; }; enum E { A, B = 3, C, };
struct S { int a : 3, : 0; unsigned b : 1; struct { int x; }; union { int y; }; };
struct Empty {};
int arr[] = { 1, 2, 3 }, *parr = arr;
void old();
;
int kr(a, b) int a; char *b; { return a + *b; }
f2(x) { return x; }
int implicit_cast(void *p) { return *(__const *) p + sizeof(const); }
