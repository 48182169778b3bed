/* Directed ABI test: packed, aligned, _Alignas and #pragma pack (gcc
   manual 6.34.1 "Common Type Attributes", 6.33.1 "Common Variable
   Attributes" packed/aligned, 6.62.11 "Structure-Layout Pragmas"; C11
   6.7.5).  */

struct p_basic { char c; int i; short s; long l; } __attribute__((packed));
struct p_member { char c; int i __attribute__((packed)); char d; short s; };
struct p_member2 { char c; long l __attribute__((packed)); int i; };
struct p_nested_in { char c; int i; };
struct p_nested { char c; struct p_nested_in n; char d; } __attribute__((packed));
struct p_nested2 { char c; struct p_basic n; char d; };
struct p_arr { char c; int a[3]; } __attribute__((packed));
struct p_bf { char a; int b:30; int c:4; } __attribute__((packed));
struct p_bf2 { char a:3; int b:30; char c:7; short d:15; char end; } __attribute__((packed));
struct p_bf3 { char a; int b:4 __attribute__((packed)); int c:30; char end; };
struct p_bf_zero { char a; int :0; char b; } __attribute__((packed));
struct p_ld { char c; long double ld; } __attribute__((packed));

/* aligned on the record only raises; on a member it only raises. */
struct a_rec { char c; } __attribute__((aligned(8)));
struct a_rec_low { long l; } __attribute__((aligned(2)));
struct a_rec_def { char c; } __attribute__((aligned));
struct a_member { char c; int i __attribute__((aligned(16))); char d; };
struct a_member_low { char c; int i __attribute__((aligned(2))); char d; };
struct a_member_arr { char c; char a[3] __attribute__((aligned(4))); char d; };
struct a_alignas { char c; _Alignas(8) char d; char e; _Alignas(long) short f; };
struct a_alignas_type { char c; _Alignas(struct a_rec) int i; };
struct a_in_arr { struct a_rec r[3]; char c; };
struct a_contains { char c; struct a_rec r; char d; };

/* packed together with aligned. */
struct pa_1 { char c; int i; } __attribute__((packed, aligned(4)));
struct pa_2 { char c; int i __attribute__((aligned(2))); } __attribute__((packed));
struct pa_3 { char c; int i __attribute__((aligned(8))); char d; } __attribute__((packed));
struct pa_4 { char c; struct a_rec r; } __attribute__((packed));
struct pa_5 { char c; int i __attribute__((packed, aligned(2))); char d; };
struct pa_6 { short s; char c; } __attribute__((packed, aligned(8)));

/* Typedefs with aligned: raise and (typedefs only) lower. */
typedef int ta_int8 __attribute__((aligned(8)));
typedef long ta_long2 __attribute__((aligned(2)));
typedef struct p_nested_in ta_rec32 __attribute__((aligned(32)));
typedef char ta_char_def __attribute__((aligned));
struct ta_use { char c; ta_int8 i; char d; ta_long2 l; char e; };
struct ta_use2 { char c; ta_rec32 r; };
struct ta_use3 { char c; ta_char_def d; char e; };
struct ta_packed { char c; ta_int8 i; } __attribute__((packed));
struct ta_member_more { char c; ta_long2 l __attribute__((aligned(4))); };

#pragma pack(push, 1)
struct pp_1 { char c; int i; long l; short s; };
struct pp_2 { char c; int i __attribute__((aligned(8))); char d; };
struct pp_3 { char c; int :0; char d; };
struct pp_4 { char a; int b:30; int c:4; char end; };
struct pp_5 { char c; struct a_rec r; char d; };
#pragma pack(pop)

#pragma pack(2)
struct pp2_1 { char c; int i; long l; char d; };
struct pp2_2 { char c; short s; char d; double x; };
struct pp2_3 { char a; int b:20; int c:20; char end; };
struct pp2_4 { char c; long :0; char d; };
struct pp2_5 { char c; } __attribute__((aligned(8)));
#pragma pack()

#pragma pack(4)
struct pp4_1 { char c; long l; char d; long double ld; };
#pragma pack(8)
struct pp8_1 { char c; long double ld; };
#pragma pack(16)
struct pp16_1 { char c; long double ld; };
#pragma pack()
struct pp_after { char c; long l; };

#pragma pack(push, 2)
#pragma pack(push, 4)
struct ppn_4 { char c; long l; };
#pragma pack(pop)
struct ppn_2 { char c; long l; };
#pragma pack(pop)
struct ppn_0 { char c; long l; };
