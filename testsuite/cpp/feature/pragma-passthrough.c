/* #pragma lines pass through -E output (C11 6.10.6): GCC diagnostic, pack,
   weak, STDC, visibility, unknown pragmas (GCC poison is consumed); their
   tokens are not macro-expanded (GCC
   expands only pragmas registered for expansion, e.g. redefine_extname);
   pragmas inside a skipped group vanish. */
#define N 4
#define OLD old_name
#define NEW new_name
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic pop
#pragma pack(push, N)
struct s { char c; int i; };
#pragma pack(pop)
#pragma pack()
#pragma weak weak_sym
#pragma STDC FP_CONTRACT ON
#pragma unknown_vendor thing N (x, y)
#pragma redefine_extname OLD NEW
#pragma GCC visibility push(default)
#pragma GCC visibility pop
#pragma GCC poison never_used_identifier
#pragma
#if 0
#pragma GCC diagnostic ignored "-Wall"
#endif
int after;
