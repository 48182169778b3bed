/* Integer constant expressions in the target's widths (C11 6.6p6, 6.5):
   every assertion's value is gcc's, so kcarve failing one is a false error.
   Written for all four targets: char signedness and long width vary. */
#define A(e) _Static_assert(e, #e)
#pragma GCC diagnostic ignored "-Woverflow"
#pragma GCC diagnostic ignored "-Wshift-count-overflow"
#pragma GCC diagnostic ignored "-Wshift-overflow"

/* Integer constants and their types (6.4.4.1). */
A(0x7fffffff > 0);
A(0xffffffff > 0);              /* unsigned int */
A(-1 < 0);
A(-1 < 0u == 0);                /* -1 converts to unsigned */
A(-1L < 0u);                    /* long holds every unsigned int */
A(-1LL < 0ULL == 0);
A(2147483648 > 0);              /* long (or long long) */
A(0b1011 == 11);
A(017 == 15);
A(0x1p4 > 15);                  /* floating, compared */
A(18446744073709551615ULL == (unsigned long long)-1);
A(sizeof(2147483648) == 8);
A(sizeof(0xffffffff) == 4);
A(sizeof(1 ? 1 : 1u) == 4);

/* Unsigned wrap-around and signed overflow folding to the wrapped value. */
A(0u - 1 == 4294967295u);
A((unsigned char)(255 + 1) == 0);
A((unsigned short)-1 == 65535);
A(~0u == 4294967295u);
A(-(-2147483647 - 1) == -2147483647 - 1);
A(2147483647 * 2 == -2);
A(4294967295u * 4294967295u == 1);
A((-2147483647 - 1) / -1 == -2147483647 - 1);
A((-2147483647 - 1) % -1 == 0);
A(9223372036854775807LL + 1 < 0);

/* Division and remainder truncate toward zero (6.5.5p6). */
A(-7 / 2 == -3);
A(-7 % 2 == -1);
A(7 % -2 == 1);
A(-7 / 2u == 2147483644u);
A(100 / 7 * 7 + 100 % 7 == 100);

/* Shifts (6.5.7): the promoted left operand's type; gcc folds counts
   beyond the width to 0 (or -1 for a negative value shifted right). */
A((1 << 31) < 0);
A((1u << 31) == 2147483648u);
A((1 << 32) == 0);
A((1u >> 32) == 0);
A((-1 >> 40) == -1);
A((-8 >> 1) == -4);
A((-1 << 1) == -2);
A((3 << 31) == (-2147483647 - 1));
A(((unsigned char)1 << 31) < 0);    /* promoted to int */
A((1LL << 63) < 0);
A((1ULL << 63) > 0);
A((255u >> 4) == 15);
A((1 << 2u) == 4);
A(((short)-1 >> 8) == -1);

/* Comparisons in the common type (6.3.1.8). */
A((unsigned char)200 > (signed char)-1);
A((unsigned short)65535 > -1);
A(-1 > 0u);
A(-1L > 0UL);
A((long long)-1 < 1u);
A(((unsigned)-1 == -1) == 1);

/* Bitwise and logical operators. */
A((0xf0 & 0x3c) == 0x30);
A((0xf0 | 0x0f) == 0xff);
A((0xff ^ 0x0f) == 0xf0);
A((1 && 2) == 1);
A((0 || 0) == 0);
A(!0 == 1);
A(!5 == 0);
A((2 > 1) + (1 > 2) == 1);

/* Conversions (6.3.1.3): truncation, sign extension, _Bool. */
A((signed char)200 == -56);
A((signed char)-129 == 127);
A((short)70000 == 4464);
A((unsigned)-1 == 4294967295u);
A((_Bool)256 == 1);
A((_Bool)0 == 0);
A((_Bool)0.25 == 1);
A((int)(unsigned long long)-1 == -1);
A((unsigned long long)(int)-1 == 18446744073709551615ULL);
A((long long)(unsigned)-1 == 4294967295LL);
A((unsigned char)-1 == 255);
#ifdef __CHAR_UNSIGNED__
A((char)200 == 200);
A((char)-1 > 0);
#else
A((char)200 == -56);
A((char)-1 < 0);
#endif

/* long and pointer-sized integers. */
A(sizeof(long) == __SIZEOF_LONG__);
A((unsigned long)-1 == __LONG_MAX__ * 2UL + 1);
A(-1L == (long)(unsigned long)-1);
A((long)__LONG_MAX__ + 1 < 0);

/* __int128 in the host's 128 bits. */
A(((__int128)1 << 100) > 0);
A(((__int128)1 << 127) < 0);
A(((unsigned __int128)1 << 127) > 0);
A((unsigned __int128)-1 > 0);
A((unsigned __int128)-1 == ~(unsigned __int128)0);
A((__int128)(unsigned __int128)-1 == -1);
A(((unsigned __int128)-1 >> 64) == 0xffffffffffffffffULL);
A(((__int128)-1 >> 100) == -1);
A((__int128)0x7fffffffffffffffLL * 4 == ((__int128)0x7fffffffffffffffLL << 2));
A((unsigned __int128)-1 / 3 == ((unsigned __int128)0x5555555555555555ULL << 64 | 0x5555555555555555ULL));
A((long long)(((__int128)1 << 64) + 5) == 5);
A((__int128)-7 / 2 == -3);
A(sizeof(__int128) == 16);
A(sizeof((__int128)1 + 1) == 16);

/* The conditional operator (6.5.15) converts to the common type. */
A((1 ? -1 : 0u) > 0);
A((0 ? 1 : 2) == 2);
A((1 ?: 5) == 1);
A((0 ?: 5) == 5);
A(sizeof(0 ? (char)1 : (short)1) == sizeof(int));

/* Character constants (6.4.4.4; gcc cpp manual 11.1). */
A('a' == 97);
A('\n' == 10);
A('\0' == 0);
A('\x41' == 65);
A('\101' == 65);
A('\e' == 27);
A('\'' == 39);
A(sizeof('a') == sizeof(int));
A(L'a' == 97);
A(u'\xffff' == 65535);
A(U'\U0010ffff' == 0x10ffff);
A(L'\xffffffff' == (__WCHAR_TYPE__)-1);
#ifdef __CHAR_UNSIGNED__
A('\377' == 255);
A('\x80' == 128);
#else
A('\377' == -1);
A('\x80' == -128);
#endif
#pragma GCC diagnostic ignored "-Wmultichar"
A('ab' == 0x6162);
A('\377\377' == 0xffff);
A('abcd' == 0x61626364);
A('\377\377\377\377' == -1);

/* Comma-free: sizeof does not evaluate its operand. */
extern int ext;
A(sizeof(ext++) == sizeof(int));
A(sizeof(ext = 5, ext) == sizeof(int));

/* c_fully_fold absorbs an operand without side effects that cannot change
   the result (an extension: gcc -pedantic warns). */
extern int unknown;
A(unknown * 0 == 0);
A((0 * unknown) == 0);
A((unknown & 0) == 0);
A((unknown | -1) == -1);
A(unknown % 1 == 0);
A((0 << unknown) == 0);
A(((long)&unknown & 0) == 0);
A((unknown && 0) == 0);
A((unknown || 2) == 1);

/* Constant contexts besides _Static_assert. */
enum { E1 = 1 << 4, E2 = E1 * 2 + (char)300, E3 = -1u > 0 };
A(E2 == 32 + 44);
A(E3 == 1);
struct bits { unsigned a : 1 + 2; int b : sizeof(int) * 2; };
A(sizeof(struct bits) == 4);
int arr[(int)sizeof(long) * 2 + 1];
A(sizeof(arr) == (sizeof(long) * 2 + 1) * sizeof(int));

int f(int x)
{
	switch (x) {
	case 1 << 3:
	case 'a' ... 'z':
	case (unsigned char)-1:
	case -2147483647 - 1:
		return 1;
	}
	return 0;
}
