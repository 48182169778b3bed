/* Expression types (C11 6.3, 6.5; gcc manual ch. 6) as gcc 12 gives them:
   every assertion compares an expression's type with a type name through
   __builtin_types_compatible_p (top-level qualifiers ignored), through a
   pointer to it (qualifiers compared), or selects on it with _Generic (after
   lvalue conversion).  gcc is the oracle: a wrong type in kcarve fails an
   assertion, which is a false error.  Written for x86_64 (__float128, the
   `q` suffix, int wchar_t). */
#define T(e, type) _Static_assert(__builtin_types_compatible_p(__typeof__(e), type), #e)
#define TQ(e, type) _Static_assert(__builtin_types_compatible_p(__typeof__(e) *, type *), #e)
#pragma GCC diagnostic ignored "-Wmultichar"
#define G(e, type) _Static_assert(_Generic((e), type: 1, default: 0), #e)
#define N(e, type) _Static_assert(!_Generic((e), type: 1, default: 0), #e)

/* 6.4.4.1 integer constants. */
G(1, int); G(1u, unsigned int); G(1l, long); G(1ul, unsigned long); G(1lu, unsigned long);
G(1ll, long long); G(1ull, unsigned long long); G(1LLU, unsigned long long);
G(2147483647, int); G(2147483648, long); G(4294967295, long);
G(0x7fffffff, int); G(0x80000000, unsigned int); G(0xffffffff, unsigned int);
G(0x100000000, long); G(0x8000000000000000, unsigned long); G(0xffffffffffffffffl, unsigned long);
G(017777777777, int); G(020000000000, unsigned int); G(0b101, int);
G(9223372036854775807, long); G(9223372036854775807ll, long long);
G(0x7fffffffffffffffll, long long); G(0xffffffffffffffffll, unsigned long long);
G(1i, _Complex int); G(1ul, unsigned long);
/* 6.4.4.2 floating constants, gcc's suffixes. */
G(1.0, double); G(1.0f, float); G(1.0L, long double); G(1e3, double); G(.5F, float);
G(0x1p3, double); G(0x1.8p-1f, float); G(1.0d, double); G(1.0q, __float128);
G(1.0f32, _Float32); G(1.0f64, _Float64); G(1.0f128, _Float128); G(1.0f32x, _Float32x);
G(1.0f64x, _Float64x); G(1.0if, _Complex float); G(2.0i, _Complex double);
/* 6.4.4.4 character constants. */
G('a', int); G('ab', int); G(L'a', int); G(u'a', unsigned short); G(U'a', unsigned int);
G('\n', int); G('\377', int);
/* 6.4.5 string literals: array types and lengths. */
T("abc", char[4]); T("a" "bc", char[4]); T("\x41\101\n", char[4]); T("", char[1]);
T(L"ab", int[3]); T(u"ab", unsigned short[3]); T(U"ab", unsigned int[3]); T(u8"ab", char[3]);
T("\u00e9", char[3]); T(u"\U0001F600", unsigned short[3]); T(U"\U0001F600", unsigned int[2]);
T(L"a" "b", int[3]); T("a" L"b", int[3]); T("é", char[3]);
G("abc", char *);

/* 6.3.1.1 promotions, 6.3.1.8 usual arithmetic conversions. */
char c; signed char sc; unsigned char uc; short s; unsigned short us;
int i; unsigned u; long l; unsigned long ul; long long ll; unsigned long long ull;
__int128 i128; unsigned __int128 u128; float f; double d; long double ld;
_Bool b; _Complex double cd; _Complex float cf; _Float128 f128;
enum E { E0, E1 } e; enum S { SNEG = -1 } es; enum Big { BIG = 0x100000000 } eb;
G(c + c, int); G(uc + uc, int); G(us + 0, int); G(b + b, int); G(-uc, int); G(~s, int);
G(+c, int); G(u + i, unsigned int); G(l + u, long); G(ul + l, unsigned long);
G(ll + l, long long); G(ul + ll, unsigned long long); G(ull + i, unsigned long long);
G(i128 + ull, __int128); G(u128 + i128, unsigned __int128); G(f + i, float);
G(f + d, double); G(d + ld, long double); G(f + ld, long double); G(cf + d, _Complex double);
G(cf + f, _Complex float); G(i + cd, _Complex double); G(f128 + ld, _Float128);
G(e + 0, unsigned int); G(es + 0, int); G(eb + 0, unsigned long); G(E0, int); G(BIG, enum Big);
G(e, enum E); G(e, unsigned int); G(es, int);
G(s << l, int); G(l >> i, long); G(uc << 1, int);
G(i < l, int); G(d == d, int); G(!d, int); G(i && l, int); G(ll || f, int);
G(i % l, long); G(u & 1, unsigned int); G(us | uc, int); G(ull ^ i, unsigned long long);
G(sizeof i, unsigned long); G(_Alignof(int), unsigned long); G(__alignof__ i, unsigned long);
G(__builtin_offsetof(struct { int a; }, a), unsigned long);

/* Bit-fields: promoted by their width (gcc). */
struct BF { unsigned a : 3; unsigned b : 32; int c : 5; unsigned long d : 40; _Bool e : 1; } bf;
G(bf.a + 0, int); G(bf.b + 0, unsigned int); G(bf.c + 0u, unsigned int); G(-bf.a, int);
G(bf.a << 1, int); G(bf.e + 0, int); G(bf.b, unsigned int);

/* Pointers and arrays. */
int arr[5]; const int carr[3]; int *p; const int *cp; void *vp; const void *cvp;
int (*pa)[5]; int m2[2][3]; int fn(int); int (*fp)(int); volatile int vi;
G(arr, int *); T(arr, int[5]); T(&arr, int (*)[5]); G(&arr[1], int *); G(arr + 1, int *);
G(1 + arr, int *); G(p - p, long); G(p - 1, int *); G(*p, int); G(p[1], int); G(1[p], int);
G(carr, const int *); TQ(carr[0], const int); TQ(*cp, const int); G(m2[1], int *);
T(m2[1], int[3]); G(*pa, int *); T(*pa, int[5]); G(fn, int (*)(int)); T(fn, int(int));
G(&fn, int (*)(int)); G(*fn, int (*)(int)); G(fp(1), int); G(fn(1), int); G((*fp)(2), int);
TQ(vi, volatile int); G(vi, int); G(&vi, volatile int *); G(p == 0, int); G(p < p, int);
G(&*p, int *); G(&p[0], int *); G(*&arr, int *); T(*&arr, int[5]);

/* 6.5.15 conditional operator: null pointer constants, void *, qualifiers. */
G(i ? p : 0, int *); G(i ? 0 : p, int *); G(i ? p : (void *)0, int *);
G(i ? p : vp, void *); G(i ? cp : vp, const void *); G(i ? p : cp, const int *);
G(i ? cvp : p, const void *); G(i ? (void *)(long)i : p, void *);
G(i ? s : s, int); G(i ? c : l, long); G(i ? f : i, float); G(i ?: l, long);
G(i ? arr : p, int *); G(i ? fn : fp, int (*)(int)); T(i ? (void)0 : (void)1, void);
G(p ?: p, int *);
/* The kernel's __is_constexpr: a null pointer constant only for an integer
   constant expression. */
#define is_constexpr(x) (sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))
_Static_assert(is_constexpr(3), "const");
_Static_assert(is_constexpr(sizeof(i) + 1), "sizeof");
_Static_assert(!is_constexpr(i), "variable");

/* Assignment, comma, casts, increments: unqualified results. */
TQ(vi = 1, int); TQ(i += 2, int); TQ((0, vi), int); G((0, arr), int *); TQ((const int)i, int);
TQ(vi++, volatile int); TQ(--vi, volatile int); G(vi++, int); G((char)i, char); G((unsigned char)i, unsigned char);
G((long)p, long); G((void *)0, void *); TQ(+vi, int);

/* Members: the object's qualifiers apply to the member. */
struct In { int x; long y[2]; };
struct Out { struct In in; const char *name; union { int u1; char u2; }; struct { short s1; }; } o;
const struct Out co; struct Out *op; const struct Out *cop;
G(o.in.x, int); T(o.in.y, long[2]); G(o.in.y, long *); TQ(co.in.x, const int);
TQ(co.in.y[0], const long); TQ(cop->name, const char *const); TQ(cop->in, const struct In);
G(op->u1, int); G(o.u2, char); G(o.s1, short); TQ(cop->s1, const short); G(co.in.y, const long *);
#define container_of(ptr, type, member) \
  _Static_assert(__builtin_types_compatible_p(__typeof__(*(ptr)), __typeof__(((type *)0)->member)), "c")
container_of(&o.in, struct Out, in);
container_of(&cop->name, struct Out, name);

/* GNU extensions: statement expressions, __real__/__imag__, __extension__,
   labels as values, _Generic itself, va_arg, convertvector. */
typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
v4si vs; v4sf vf;
G(__real__ cd, double); G(__imag__ cf, float); G(__real__ i, int); G(__extension__ 1L, long);
G(_Generic(i, int: l, default: c), long); G(_Generic(c, int: l, default: c), char);
G(vs + 1, v4si); G(vs + vs, v4si); G(vs[1], int); G(vf * 2.0f, v4sf); G(vs < vs, v4si);
G(vf < vf, v4si); G(__builtin_convertvector(vs, v4sf), v4sf); G(~vs, v4si);
void fun(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  G(__builtin_va_arg(ap, long), long);
  __builtin_va_end(ap);
  G(({ 1; 2L; }), long);
  G(({ arr; }), int *);
  G(({ vi; }), int);
  T(({ }), void);
  T(({ (void)0; }), void);
  T(({ if (n) ; }), void);
  G(&&lab, void *);
lab:
  G(__func__, const char *);
  T(__func__, const char[4]);
  T(__FUNCTION__, const char[4]);
  G((struct In){ 1 }, struct In);
  T(((int[]){ 1, 2, 3 }), int[3]);
  T((int[]){ [4] = 1 }, int[5]);
  T((char[]){ "ab" }, char[3]);
  G(__builtin_types_compatible_p(int, long), int);
}
