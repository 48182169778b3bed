/* Declaration specifiers in every order gcc accepts (C11 6.7.2p2) and the
   GNU type forms (gcc 6.6 typeof, 6.9 __int128, 6.11 _Complex, 6.33-6.35
   attributes); each type checked against gcc with static assertions. */

long long unsigned int a1; unsigned long long a2; int long long unsigned a3;
_Static_assert(__builtin_types_compatible_p(__typeof__(a1), unsigned long long), "llu");
_Static_assert(__builtin_types_compatible_p(__typeof__(a3), unsigned long long), "int long long unsigned");
short unsigned s1; signed short int s2; long signed l1; char signed c1; unsigned char c2;
_Static_assert(__builtin_types_compatible_p(__typeof__(s1), unsigned short), "short unsigned");
_Static_assert(!__builtin_types_compatible_p(char, signed char), "char is its own type");
long double ld; double long ld2;
_Static_assert(__builtin_types_compatible_p(__typeof__(ld2), long double), "double long");
unsigned __int128 u128; __int128 signed i128;
_Static_assert(sizeof u128 == 16, "__int128");
_Complex float cf; float _Complex cf2; __complex__ int ci;
_Static_assert(sizeof cf == 8 && sizeof ci == 8, "complex");
const volatile int cv; int const *pc; int *const cp = 0;
static const unsigned long long int_order_mix = 1;

/* Implicit int (gcc accepts it with a warning we need not give). */
static cnt;
_Static_assert(sizeof cnt == sizeof(int), "implicit int");

/* typedef names, qualified; qualifying an array typedef qualifies its elements. */
typedef int arr3[3];
const arr3 ca = { 1, 2, 3 };
_Static_assert(__builtin_types_compatible_p(__typeof__(ca), const int[3]), "const array typedef");

/* typeof of expressions and types, typeof_unqual, __auto_type. */
const int ro = 5;
__typeof__(ro) ro2 = 6;
_Static_assert(__builtin_types_compatible_p(__typeof__(ro2), const int), "typeof keeps qualifiers");
__typeof__(int *) ptrs[2];
_Static_assert(sizeof ptrs == 2 * sizeof(void *), "typeof(type)");
int use_auto(void)
{
  __auto_type x = 1.0f;
  __auto_type y = ro;      /* lvalue conversion drops const */
  y = 2;
  _Static_assert(__builtin_types_compatible_p(__typeof__(x), float), "__auto_type");
  return y;
}

/* _Atomic, _Alignas, __seg_gs-free pointers, thread-local storage. */
_Atomic(long) al; _Atomic int ai;
_Alignas(32) char buf32[4];
_Static_assert(sizeof buf32 == 4, "_Alignas does not change the size");
__thread int tls; static _Thread_local int tls2;

/* Attributes that make types: mode, vector_size, aligned on a typedef. */
typedef int di_t __attribute__((mode(DI)));
typedef unsigned int qi_t __attribute__((__mode__(__QI__)));
_Static_assert(sizeof(di_t) == 8 && sizeof(qi_t) == 1, "mode");
typedef int v4si __attribute__((vector_size(16)));
_Static_assert(sizeof(v4si) == 16, "vector_size");
typedef int al8 __attribute__((aligned(8)));
_Static_assert(_Alignof(al8) == 8, "aligned typedef");
typedef long may __attribute__((may_alias));

/* Declarators: pointers to arrays and functions, functions returning pointers. */
int (*pa)[5];
_Static_assert(sizeof *pa == 5 * sizeof(int), "pointer to array");
void (*signal_like(int, void (*)(int)))(int);
char *(*fnptrs[2])(const char *, ...);
_Static_assert(sizeof fnptrs == 2 * sizeof(void *), "array of function pointers");
int matrix[2][3];
_Static_assert(sizeof matrix[0] == 3 * sizeof(int), "array of arrays");

/* Qualifiers written with __auto_type apply to the deduced type. */
int auto_quals(void)
{
  const __auto_type a = 1;
  static __auto_type c = 2.0;
  _Static_assert(__builtin_types_compatible_p(__typeof__(a), const int), "const __auto_type");
  _Static_assert(__builtin_types_compatible_p(__typeof__(c), double), "static __auto_type");
  return a + (int)c;
}
