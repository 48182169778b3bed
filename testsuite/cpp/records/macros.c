/* Records of macro definitions and expansions: object-like and
   function-like macros, a nested expansion, # and ##, #undef. */
#define ONE 1
#define ADD(a, b) a + b
#define STR(x) #x
#define CAT(a, b) a ## b
int v = ADD(ONE, 2);
const char *s = STR(hi there);
int CAT(x, 1);
#undef ONE
ONE
