/* Directed ABI test: bit-fields (C11 6.7.2.1p11-12; gcc's
   PCC_BITFIELD_TYPE_MATTERS rules; AAPCS64 10.1.8 for unnamed ones).
   Bit-field positions are not asserted directly: a plain member after them
   (`end`) and the record's size and alignment expose where they went.  */

struct b_basic { unsigned a:3, b:5, c:8; char end; };
struct b_straddle { char c; int x:30; char end; };           /* x moves to bit 32 */
struct b_fit { char c; int x:24; char end; };                /* x fits after c */
struct b_fit2 { char c; int x:25; char end; };               /* 8+25 > 32: moves */
struct b_short { char c; short s:9; char end; };
struct b_short2 { char c; short s:8; char end; };
struct b_long { char c; long l:40; char end; };
struct b_long2 { int i; long l:33; char end; };
struct b_llong { char a; long long b:60; char end; };
struct b_char { char a:3; char b:6; char end; };
struct b_uchar { unsigned char a:7, b:7, c:2; char end; };
struct b_bool { _Bool a:1, b:1; char end; };
struct b_seq { int a:31; int b:2; int c:31; char end; };
struct b_mixed { char a:4; short b:10; int c:17; long d:33; char end; };
struct b_only { int a:1; };                                  /* size 4 */
struct b_only_char { char a:1; };
struct b_only_long { long a:1; };
struct b_only_short { short a:3, b:3; };
struct b_full { int a:32; int b:32; char end; };
struct b_full_long { long a:64; char end; };

/* Zero-width bit-fields: align what follows to their type. */
struct b_zero_int { char c; int :0; char end; };
struct b_zero_long { char c; long :0; char end; };
struct b_zero_char { char c:2; char :0; char d:2; char end; };
struct b_zero_short { char c; short :0; short d:3; char end; };
struct b_zero_first { int :0; char c; };
struct b_zero_bf { int a:3; int :0; int b:3; char end; };
struct b_zero_after_aligned { int a; char :0; char end; };
struct b_zero_only { char c; long long :0; };

/* Unnamed bit-fields: padding; raise the record's alignment only on aarch64. */
struct b_unnamed { char c; int :4; char end; };
struct b_unnamed2 { char c; short :16; };
struct b_unnamed3 { char c; long :3; };
struct b_unnamed4 { char c; int :20; char d; };
struct b_unnamed_mix { char a; int :5; int b:5; char end; };

/* Enums and typedefs as bit-field types. */
enum e_small { ES0, ES1, ES2 };
enum e_neg { EN0 = -1, EN1 = 1 };
struct b_enum { char c; enum e_small e:2; enum e_neg n:2; char end; };
typedef unsigned int u32_t;
typedef unsigned short u16_t;
struct b_typedef { u16_t a:4; u32_t b:20; u16_t c:12; char end; };
typedef int aligned8_int __attribute__((aligned(8)));
struct b_aligned_type { char c; aligned8_int x:3; char end; };
typedef long aligned2_long __attribute__((aligned(2)));
struct b_lowered_type { char c; aligned2_long x:20; char end; };

#ifdef __SIZEOF_INT128__
struct b_int128 { char a; __int128 b:100; char end; };
struct b_int128_2 { long a:60; __int128 b:70; char end; };
struct b_int128_3 { char c; unsigned __int128 x:65; };
#endif

/* Bit-fields next to ordinary members. */
struct b_then_int { char a:1; int b; char c:1; char end; };
struct b_ptr { int a:1; void *p; int b:31; int c:2; };
struct b_arr { char c:3; char a[3]; int d:9; char end; };
struct b_nested { char c; struct b_basic in; int x:3; char end; };

/* Unions with bit-fields: size is the widest width, rounded. */
union ub_1 { char c; int x:3; };
union ub_2 { char c; int :20; };
union ub_3 { char c; int x:20; };
union ub_4 { char c; int :0; };
union ub_5 { short s:9; char c; };
union ub_6 { long l:40; char c[3]; };

/* A bit-field as wide as an integer mode, on that mode's alignment, becomes
   an ordinary field of the mode (gcc's layout_decl): the record then takes
   the mode's alignment even when the declared type's is lower, and the span
   rule does not apply to it.  */
typedef long lowered_long __attribute__((aligned(2)));
struct bm_1 { lowered_long x:32; char end; };
struct bm_2 { char c; lowered_long x:16; char end; };
struct bm_3 { short c; lowered_long x:16; char end; };
struct bm_4 { short c; lowered_long x:16; char end; } __attribute__((packed));
union bm_5 { char c; lowered_long x:8; };
union bm_6 { char c; lowered_long :32; };
struct bm_7 { int f0 __attribute__((aligned(8))); aligned8_int f1:32; char end; };
struct bm_8 { char a, b, c, d, e; aligned8_int f:8; int g; char end; };
#ifdef __SIZEOF_INT128__
typedef __int128 lowered_int128 __attribute__((aligned(2)));
struct bm_9 { lowered_int128 x:128; char end; };
struct bm_10 { lowered_int128 x:64; char end; };
union bm_11 { lowered_int128 x:128; char end; };
#endif
