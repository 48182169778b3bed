/* Macro redefinitions (C11 6.10.3p2): identical ones are silent; others,
   and redefining or undefining gcc's builtin macros, are warnings with no
   column, the previous definition in a note (<built-in>, <command-line>).
   cparse-options: -DFOO=1 -DBAR=2 */
#define X 1
  #  define X 2
#define Y(a) a
#define Y(b) b
#define Z 1 + 2
#define Z 1   +   2
#define W 1+2
#define W 1 + 2
#define V(a, ...) a __VA_ARGS__
#define V(a, ...) a __VA_ARGS__
#define FOO 2
#define BAR 2
#define __x86_64__ 2
#define __STDC_VERSION__ 1
#undef __FILE__
#define __LINE__ 3
#undef X
#define X 3
int i;
