/* -dM spelling: how gcc prints each kind of definition (predef.exp).
   Parameters joined by ',', variadics as "..." or "name...", one space
   where the body had white space or a comment, '#' glued to its operand,
   " ##" after the left operand of a paste, digraphs kept, empty bodies
   with their trailing space, redefinitions and #undef of predefined and
   command-line macros honoured. */
#define EMPTY
#define SPACED   1   +   2
#define F( a ,b ) a+b   a  ## b #a # b
#define V(x, ...) x __VA_ARGS__
#define G(args...) args
#define E() /* c */ x /* d */ y
#define S "str  ing" 'c'
#define P(x)x##x
#define Q(x) x ##x## x
#define GONE 1
#undef GONE
#define T(x) #  x
#define T2(x) %: x y %:%: z
#define OBJ (a)
#define FN(a)(a)
#define COMMENT a/**/b
#define SPLICE a\
  b
#define TABS	tab	x
#define DIGRAPHS %: %:%: <: :> <% %>
#define EMPTYF(x)
#define TRAIL(x)   
#define VA(fmt, args...) printf(fmt, ## args)
#define VO(a,...) f(a __VA_OPT__(,) __VA_ARGS__)
#define PASTE3(a,b,c) a##b##c
#define __STDC_VERSION__ 1
#undef __x86_64__
#undef linux
#define unix 3
#define REDEF 1
#undef REDEF
#define REDEF 2
