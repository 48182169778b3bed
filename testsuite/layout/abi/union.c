/* Directed ABI test: unions, flexible array members, empty records,
   anonymous members and transparent_union (C11 6.7.2.1p13-18; gcc manual
   6.18 "Arrays of Length Zero", 6.19 "Structures with No Members", 6.34.1
   transparent_union).  */

union u_basic { char c; int i; double d; };
union u_odd { char c[5]; short s; };
union u_ld { char c; long double ld; };
union u_nested { struct { char a; int b; } s; char c[9]; };
union u_aligned { char c; int i __attribute__((aligned(16))); };
union u_packed { char c; int i; long l; } __attribute__((packed));
union u_arr { char c[7]; int i[1]; };
union u_empty { };
union u_only_flex_like { int a[0]; char c; };

struct f_int { int n; char d[]; };
struct f_char { char c; long d[]; };
struct f_pad { long l; char c; int d[]; };
struct f_packed { char c; int d[]; } __attribute__((packed));
struct f_ld { char c; long double d[]; };
struct f_rec { int n; struct f_int_elem { char c; short s; } e[]; };
struct f_zero { char c; int z[0]; };
struct f_in_union_wrapper { int n; union { int i; char c; } u[]; };

struct e_empty { };
struct e_empty2 { struct e_empty a, b; };
struct e_empty_arr { struct e_empty a[10]; char c; };
struct e_with_zero { int z[0]; };

struct an_1 { char c; struct { int a; char b; }; char d; };
struct an_2 { char c; union { short s; long l; }; char d; };
struct an_3 { int x; struct { char a; struct { short b; long c; }; union { char d; int e; }; }; char f; };
struct an_4 { char c; struct { char a:3; int b:20; }; char d; };
struct an_5 { char c; struct { char a; } __attribute__((aligned(8))); char d; };
union an_6 { struct { int a, b; }; long l; char c; };
struct an_7 { struct { char a; } __attribute__((packed)); int b; };

typedef union { int i; void *p; } __attribute__((transparent_union)) tu_1;
union tu_2 { int *ip; const int *cip; } __attribute__((transparent_union));
typedef union tu_2 tu_2_t;

/* An attribute after the closing brace of an anonymous member's union
   belongs to the union type, not to the member: under #pragma pack(4) the
   union's named bit-field keeps alignment 4 despite packed (the pragma
   wins over packed for bit-fields), so the member sits at offset 4.  */
#pragma pack(4)
struct an_pack_1 { char c[3]; union { int a1; int b1:15; } __attribute__((packed)); char end; };
struct an_pack_2 { char c[3]; union { int a2; } __attribute__((packed)); char end; };
#pragma pack()
