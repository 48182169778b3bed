/* Object-like macros (C11 6.10.3): plain replacement, empty bodies, chains
   rescanned after replacement, identical redefinition, #undef, and a macro
   used before its definition (not expanded there). */
int before = LATER;
#define LATER 7
int after = LATER;
#define EMPTY
int e = EMPTY 1 EMPTY;
#define ONE 1
#define TWO (ONE + ONE)
#define FOUR (TWO * TWO)
int four = FOUR;
#define TWO (ONE + ONE)
#define  TWO  (ONE  +  ONE)  /* same replacement list modulo white space */
int again = TWO;
#undef ONE
int no_one = TWO;
#define ONE 100
int hundred = TWO;
#undef NEVER_DEFINED
#define PLUS +
int p = 1 PLUS PLUS 2;
#define STAR_EQ *=
int q = q STAR_EQ 3;
#define OBJ (x)
int r = OBJ(1);
#define NOSPACE(x)x
#define SPACE (x)
int s = NOSPACE(2) SPACE;
