/* gcc builtins in integer constant expressions (gcc manual 6.59 "Other
   Built-in Functions"), enumerators, floating constants under casts, and
   the kernel's constant-expression idioms.  Values are gcc's. */
#define A(e) _Static_assert(e, #e)
#pragma GCC diagnostic ignored "-Woverflow"

int var;
extern int ext;
struct S { int a; char b[6]; };

/* __builtin_constant_p: 1 for constants, 0 for anything else in a
   constant context. */
A(__builtin_constant_p(1) == 1);
A(__builtin_constant_p(1 + 2 * 3) == 1);
A(__builtin_constant_p(sizeof(var)) == 1);
A(__builtin_constant_p(var) == 0);
A(__builtin_constant_p(var++) == 0);
A(__builtin_constant_p(&var) == 0);
A(__builtin_constant_p("str") == 1);
A(__builtin_constant_p(1.5) == 1);
A(__builtin_constant_p(0 && var) == 1);
A(!__builtin_constant_p(ext));

/* __builtin_choose_expr evaluates only the chosen operand. */
A(__builtin_choose_expr(1, 10, var) == 10);
A(__builtin_choose_expr(0, var, 20) == 20);
A(sizeof(__builtin_choose_expr(1, (char)0, 0L)) == 1);
A(__builtin_choose_expr(sizeof(int) == 4, 4, 8) == 4);

/* __builtin_types_compatible_p ignores top-level qualifiers. */
A(__builtin_types_compatible_p(int, int));
A(__builtin_types_compatible_p(const int, int));
A(!__builtin_types_compatible_p(int, unsigned));
A(!__builtin_types_compatible_p(int *, const int *));
A(__builtin_types_compatible_p(int[4], int[4]));
A(__builtin_types_compatible_p(int[], int[4]));
A(!__builtin_types_compatible_p(long, long long));
A(__builtin_types_compatible_p(__typeof__(var), int));
A(!__builtin_types_compatible_p(char, signed char));
A(!__builtin_types_compatible_p(char, unsigned char));
enum e_small { ES_A, ES_B };
A(__builtin_types_compatible_p(enum e_small, unsigned int));

/* __builtin_expect and __builtin_classify_type. */
A(__builtin_expect(5, 1) == 5);
A(__builtin_expect(!!(3 > 2), 1));
A(__builtin_classify_type(1) == 1);
A(__builtin_classify_type('a') == 1);
A(__builtin_classify_type((_Bool)1) == 1);   /* promoted */
A(__builtin_classify_type(ES_A) == 1);
A(__builtin_classify_type((enum e_small)0) == 1);
A(__builtin_classify_type(1.0) == 8);
A(__builtin_classify_type(1.0f) == 8);
A(__builtin_classify_type(&var) == 5);
A(__builtin_classify_type((struct S){0}) == 12);

/* Bit builtins with constant arguments. */
A(__builtin_bswap16(0x1234) == 0x3412);
A(__builtin_bswap32(0x12345678) == 0x78563412);
A(__builtin_bswap64(0x0102030405060708ULL) == 0x0807060504030201ULL);
A(__builtin_clz(1) == 31);
A(__builtin_clz(0x80000000u) == 0);
A(__builtin_clzl(1) == __SIZEOF_LONG__ * 8 - 1);
A(__builtin_clzll(1) == 63);
A(__builtin_ctz(8) == 3);
A(__builtin_ctzll(1ULL << 40) == 40);
A(__builtin_popcount(0xff) == 8);
A(__builtin_popcountll(-1LL) == 64);
A(__builtin_parity(7) == 1);
A(__builtin_parity(3) == 0);
A(__builtin_ffs(0) == 0);
A(__builtin_ffs(12) == 3);
A(__builtin_clrsb(0) == 31);
A(__builtin_clrsb(-1) == 31);
A(__builtin_clrsb(1) == 30);
A(__builtin_abs(-5) == 5);
A(__builtin_labs(-5L) == 5);
A(__builtin_strlen("hello") == 5);
A(__builtin_strlen("ab" "cd") == 4);

/* The kernel's ilog2() on constants. */
#define ilog2(n) (__builtin_constant_p(n) ? ((n) < 2 ? 0 : 63 - __builtin_clzll(n)) : -1)
A(ilog2(4096) == 12);
A(ilog2(1) == 0);
A(ilog2(var) == -1);
enum { PAGE_SHIFT_E = ilog2(4096) };
A(PAGE_SHIFT_E == 12);

/* The kernel's __is_constexpr(): a null pointer constant only when the
   argument is an integer constant expression. */
#define __is_constexpr(x) \
	(sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))
A(__is_constexpr(3));
A(__is_constexpr(sizeof(var)));
A(!__is_constexpr(var));
A(__is_constexpr(__builtin_constant_p(var)));
A(__is_constexpr(1 ? 2 : 3));
A(!__is_constexpr(1 ? 2 : var));
A(!__is_constexpr(0 && var));
A(__is_constexpr((int)1.5));
A(!__is_constexpr(1.5 > 1));
A(!__is_constexpr(1 << 31));
A(!__is_constexpr(-1 << 1));
A(!__is_constexpr(2147483647 + 1));
A(__is_constexpr(0u - 1));
A(!__is_constexpr((long)&((struct S *)0)->b));
A(__is_constexpr(__builtin_offsetof(struct S, b)));
A(!__is_constexpr(&var != 0));
A(!__is_constexpr((1, 2)));
A(__is_constexpr((signed char)200));
A(!__is_constexpr((int)1e10));

/* The kernel's BUILD_BUG_ON_ZERO and __must_be_array. */
#define BUILD_BUG_ON_ZERO(e) ((int)(sizeof(struct { int:(-!!(e)); })))
#define __same_type(a, b) __builtin_types_compatible_p(__typeof__(a), __typeof__(b))
#define __must_be_array(a) BUILD_BUG_ON_ZERO(__same_type((a), &(a)[0]))
#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]) + __must_be_array(arr))
int table[17];
A(ARRAY_SIZE(table) == 17);
A(BUILD_BUG_ON_ZERO(0) == 0);

/* Floating constants folded and converted (saturating, as gcc folds). */
A((int)1.9 == 1);
A((int)-1.9 == -1);
A((unsigned char)255.9 == 255);
A((int)1e10 == 2147483647);
A((int)-1e10 == -2147483647 - 1);
A((unsigned)-1.0 == 0);
A((long long)1e19 == 9223372036854775807LL);
A((int)(1.5 * 2) == 3);
A((int)(0.1 + 0.2 == 0.3) == 0);
A((int)(0.1f + 0.2f == 0.3f) == 1);
A(1.5 > 1);
A(-0.0 == 0.0);
A((int)(1.0 / 3 * 3) == 1);
A((int)0x1.8p1 == 3);
A((int)1e-3 == 0);
A((int)(float)16777217 == 16777216);
A((int)(double)(float)0.1 != (int)0.1 || 1);
A(__builtin_inf() > 1e308);
A((int)(__builtin_huge_valf() > 0) == 1);
A(__builtin_nan("") != __builtin_nan(""));
A((_Bool)__builtin_nan(""));

/* Enumerators and their values. */
enum big { BIG_A = 0xffffffffu, BIG_B = 0x100000000LL, BIG_C };
A(BIG_C == 0x100000001LL);
A(sizeof(enum big) == 8);
enum neg { N_A = -3, N_B, N_C = N_B + 10, N_D = 'x' };
A(N_B == -2 && N_C == 8 && N_D == 120);
A((enum neg)-1 < 0);
A(sizeof(BIG_A) == 4 || sizeof(BIG_A) == 8);
enum __attribute__((packed)) pk { PK_A = 200 };
A(sizeof(enum pk) == 1);
A((enum pk)300 == 44);

/* _Generic selects by the controlling expression's type after lvalue
   conversion (C11 6.5.1.1). */
const int cvar = 1;
A(_Generic(1, int: 1, default: 2) == 1);
A(_Generic(1L, int: 1, long: 3, default: 2) == 3);
A(_Generic((char)1, char: 1, signed char: 2, unsigned char: 3) == 1);
A(_Generic("a", char *: 1, default: 0) == 1);
A(_Generic(cvar, int: 1, default: 0) == 1);
A(_Generic(table, int *: 1, default: 0) == 1);
A(_Generic(1.0f, float: 4, double: 8) == 4);
A(sizeof(_Generic(0, int: (char)0, default: 0L)) == 1);

/* Nested ilog2 (fs/btrfs/volumes.h): __builtin_constant_p of an expression
   whose unselected arms call functions is still 1. */
unsigned int ilog2_u32(unsigned int);
#define ilog2_k(n) (__builtin_constant_p(n) ? ((n) < 2 ? 0 : 63 - __builtin_clzll(n)) \
		    : ilog2_u32(n))
#define FLAG_TO_INDEX(p) ilog2_k((p) >> (ilog2_k(8ULL) - 1))
enum raid { R0 = FLAG_TO_INDEX(8ULL), R1 = FLAG_TO_INDEX(16ULL), R10 = FLAG_TO_INDEX(64ULL) };
A(R0 == 1 && R1 == 2 && R10 == 4);
A(__builtin_constant_p(1 ? 2 : ilog2_u32(3)));
A(!__builtin_constant_p(0 ? 2 : ilog2_u32(3)));
A(__builtin_constant_p(0 && ilog2_u32(3)));
