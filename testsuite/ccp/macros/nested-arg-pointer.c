/* A pointer-ized object passed through two levels of macro arguments:
   the outer invocation is kept, its argument rewritten, and both
   definitions are written. */
/* ccp-nm: T klpp_pu_f; U eup_level */
extern int eup_level;
#define CLAMP(x) ((x) > 9 ? 9 : (x))
#define LEVEL_OF(v) CLAMP(v)

int pu_f(void)
{
	return LEVEL_OF(eup_level);
}
