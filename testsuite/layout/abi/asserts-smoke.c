/* asserts-smoke.c — the layout-asserts writer's own shapes: members of
   anonymous structs and unions, untagged records reached by a member path,
   enumerators at the edges of int, long long and unsigned long long.  */
struct smoke_outer {
  char c;
  struct { short s; int i[3]; } named;
  struct { char x; long y; } arr[2];
  union { long q; struct { char r; int t; }; };
  int bits : 3, : 0;
  double tail;
};
typedef struct { char a; long long b; } smoke_untagged_t;
typedef int smoke_vec_t __attribute__((vector_size(16)));
typedef char smoke_arr_t[3][5];
enum smoke_small { SM_NEG = -1, SM_MAX = 0x7fffffff };
enum smoke_min { SM_INTMIN = -2147483647 - 1 };
enum smoke_wide { SM_BIG = 0x7fffffffffffffffLL, SM_LLMIN = -9223372036854775807LL - 1 };
enum smoke_unsigned { SM_UMAX = 0xffffffffffffffffULL };
