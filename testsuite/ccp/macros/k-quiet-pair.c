/* One invocation writes two functions (mISDNinfineon.c's IOFUNC_IO); the
   carve patches one and writes the invocation expanded, so the other,
   get_a, comes along unused where the unit's `other` called it: the text
   goes between lines that quiet -Wunused-function (-Werror: gcc rejects
   the output otherwise). */
/* ccp-cflags: -O2 -Wall -Werror=unused-function */
/* ccp-nm: T klpp_pu_a; U eu_ext */
extern int eu_ext(int);

#define PAIR(n) \
	static int get_##n(int *p) { return eu_ext(p[0]); } \
	int pu_##n(int *p) { return eu_ext(p[1]) + 1; }

PAIR(a)

int other(int *p)
{
	return get_a(p);
}
