/* __VA_OPT__ (C2x 6.10.4.1, in GCC 12 with -std=c2x): its content is kept
   only when the variable arguments are present and non-empty; __VA_OPT__
   next to ## and inside other tokens; nested macro calls in it; an argument
   that only expands to nothing. */
/* cpp-options: -std=c2x */
#define F(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)
#define G(...) g(0 __VA_OPT__(, __VA_ARGS__))
#define H(x, ...) x ## __VA_OPT__(_suffix)
#define K(...) [__VA_OPT__(a b c)]
#define EMPTY
F(1) F(1,) F(1, 2) F(1, 2, 3)
G() G(x) G(x, y)
H(name) H(name, 1)
K() K( ) K(1) K(EMPTY)
#define SDEF(sname, ...) S sname __VA_OPT__(= { __VA_ARGS__ })
SDEF(foo); SDEF(bar, 1, 2);
#define LP (
#define W(...) __VA_OPT__(F(1, __VA_ARGS__))
W() W(z)
