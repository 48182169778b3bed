/* Tags (C11 6.7.2.1-6.7.2.3): scopes, forward declarations, anonymous
   members, flexible arrays, enum values and types as gcc 12 gives them,
   #pragma pack (gcc 6.62.11); each fact checked by a static assertion. */

struct list { struct list *next, *prev; };
struct fwd;
struct holder { struct fwd *p; };
struct fwd { int v; };
_Static_assert(sizeof(struct holder) == sizeof(void *), "pointer to forward tag");

/* `struct s;` in an inner scope declares a new, distinct tag. */
struct s { int a; };
int inner_tag(void)
{
  struct s;
  struct s { char c[3]; } x;
  _Static_assert(sizeof x == 3, "inner struct s");
  return sizeof(struct s);
}
_Static_assert(sizeof(struct s) == sizeof(int), "outer struct s again");

/* A tag first mentioned in a member declaration has file scope. */
struct outer { struct in_member { short h; } m; };
struct in_member im;
_Static_assert(sizeof im == 2, "tag declared inside a member");

/* Anonymous members (6.7.2.1p13) and their names. */
struct anon {
  int kind;
  union { long l; struct { short lo, hi; }; };
  unsigned : 0;
  unsigned flag : 1, : 3, more : 4;
};
_Static_assert(__builtin_offsetof(struct anon, hi) == sizeof(long) + sizeof(short), "anonymous offsets");

/* Flexible array member (6.7.2.1p18). */
struct flex { unsigned n; char data[]; };
_Static_assert(sizeof(struct flex) == 4, "flexible array adds nothing");

/* Attributes on the type and on members. */
struct __attribute__((packed)) pk { char c; int i; };
_Static_assert(sizeof(struct pk) == 5, "packed");
struct al { char c; } __attribute__((aligned(16)));
_Static_assert(_Alignof(struct al) == 16, "aligned after the body");
struct mem { char c; int i __attribute__((packed)); long l __attribute__((aligned(32))); };
_Static_assert(__builtin_offsetof(struct mem, i) == 1, "packed member");
_Static_assert(__builtin_offsetof(struct mem, l) == 32, "aligned member");

#pragma pack(push, 2)
struct pp { char c; int i; };
#pragma pack(pop)
struct np { char c; int i; };
_Static_assert(sizeof(struct pp) == 6 && sizeof(struct np) == 8, "pragma pack push/pop");

/* Enumerators: values, previous + 1, and gcc's types beyond int. */
enum color { RED, GREEN = 5, BLUE, LAST = BLUE + 10 };
_Static_assert(BLUE == 6 && LAST == 16, "enumerator values");
enum big { B0 = 0xffffffffu, B1 = -1 };
_Static_assert(sizeof(enum big) == 8, "enum with unsigned int and negative values");
enum wide { W0 = 0x100000000, W1 };
_Static_assert(W1 == 0x100000001 && sizeof(W1) == 8, "enumerator beyond int");
_Static_assert(sizeof(RED) == sizeof(int), "enumerator of int type");
enum __attribute__((packed)) small { S0, S1 = 200 };
_Static_assert(sizeof(enum small) == 1, "packed enum");
enum self { SELF_A = 3, SELF_B = SELF_A * 2 };
_Static_assert(SELF_B == 6, "enumerator used in a later one");

/* Forward enum reference (GNU) completed later. */
enum later;
enum later { L0, L1 };
enum later lv = L1;

/* A union used transparently. */
typedef union { int *ip; long *lp; } __attribute__((transparent_union)) intptr_u;
void tu_take(intptr_u);
void tu_use(int *p) { tu_take(p); }
