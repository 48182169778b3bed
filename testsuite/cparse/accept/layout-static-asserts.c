/* Layout corner cases as gcc 12 computes them on x86_64, checked through
   sizeof / __alignof__ / offsetof in static assertions: both gcc and kcarve
   must accept (kcarve rejects if its layout differs).  */
#define OFF(T, m) __builtin_offsetof(T, m)

struct straddle { char c; int x:30; char end; };
_Static_assert(OFF(struct straddle, end) == 8 && sizeof(struct straddle) == 12, "straddle");
struct zero_w { char c; int :0; char d; };
_Static_assert(OFF(struct zero_w, d) == 4 && sizeof(struct zero_w) == 5 && __alignof__(struct zero_w) == 1, "zero");
struct unnamed { char c; int :4; };
_Static_assert(sizeof(struct unnamed) == 2 && __alignof__(struct unnamed) == 1, "unnamed");
struct packed_bf { char a; int b:30; int c:4; } __attribute__((packed));
_Static_assert(sizeof(struct packed_bf) == 6, "packed bit-fields");
#pragma pack(push, 1)
struct pack1 { char c; int i __attribute__((aligned(8))); int :0; char d; };
#pragma pack(pop)
_Static_assert(OFF(struct pack1, i) == 1 && OFF(struct pack1, d) == 8 && sizeof(struct pack1) == 9, "pragma pack");
typedef long lowered __attribute__((aligned(2)));
struct low { char c; lowered l; };
_Static_assert(OFF(struct low, l) == 2 && sizeof(struct low) == 10, "typedef lowers");
struct raised { char c; int i __attribute__((aligned(2))); };
_Static_assert(OFF(struct raised, i) == 4, "member aligned cannot lower");
struct pa { char c; int i __attribute__((aligned(2))); } __attribute__((packed));
_Static_assert(OFF(struct pa, i) == 2 && sizeof(struct pa) == 6, "packed + aligned");
typedef int v8si __attribute__((vector_size(32)));
struct vec { char c; v8si v; };
_Static_assert(OFF(struct vec, v) == 32 && __alignof__(struct vec) == 32, "vector");
_Static_assert(_Alignof(v8si) == 16 && __alignof__(v8si) == 32, "_Alignof caps at BIGGEST_ALIGNMENT");
enum __attribute__((packed)) pe { PE = 256 };
_Static_assert(sizeof(enum pe) == 2, "packed enum");
enum wide { W0 = 0xffffffffu, W1 = -1 };
_Static_assert(sizeof(enum wide) == 8, "wide enum");
union ub { char c; int :20; };
_Static_assert(sizeof(union ub) == 3, "union bit-field");
struct flex { char c; long d[]; };
_Static_assert(sizeof(struct flex) == 8, "flexible array");
struct empty { };
_Static_assert(sizeof(struct empty) == 0, "empty");
_Static_assert(sizeof(_Complex long double) == 32 && __alignof__(__int128) == 16, "basic");
_Static_assert(__alignof__(_Atomic struct { short a, b; }) == 4, "atomic");
typedef int m_di __attribute__((mode(DI)));
_Static_assert(sizeof(m_di) == 8 && (m_di)-1 < 0, "mode");
