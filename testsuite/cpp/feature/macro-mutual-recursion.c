/* Indirect recursion and blue paint (C11 6.10.3.4p2): x -> y -> x stops at
   the second x; tokens painted while inside an expansion stay painted when
   they come out through an argument. */
#define x (4 + y)
#define y (2 * x)
x y
#define a b
#define b c
#define c a
a b c
#define F(t) G(t)
#define G(t) t F
F(1)(2)
#define AA BB
#define BB(p) p AA
BB(1)(2)
#define ID(q) q
ID(x) ID(ID(y))
