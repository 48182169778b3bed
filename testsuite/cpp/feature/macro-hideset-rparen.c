/* Which hide set a function-like expansion inherits: the invocation's name
   and closing ')' (Prosser's algorithm: the intersection of the two, plus
   the macro).  When the ')' comes from outside the expansion that produced
   the name, the name is not painted; these are the cases where a
   union-based implementation over-paints and a no-paint one loops. */
#define f(x) x g
#define g f
f(1)(2)
#define f2(a) a*g2
#define g2(a) f2(a)
f2(2)(9)
#define L (
#define call(m) m L 3)
#define inner(v) v inner
call(inner)
#define h(x) x k(
#define k(y) y h
h(1) 2)(3))
#define q(x) x
#define r q(r
r))
#define obj1 fn1
#define fn1(a) a obj1
fn1(1)(2)(3)
