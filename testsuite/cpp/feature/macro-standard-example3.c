/* The rescanning example of C11 6.10.3.5 EXAMPLE 3 (the standard's own
   text, which every conforming preprocessor must reproduce token for token):
   nested and recursive invocations, blue paint across arguments, a name made
   by the replacement of another macro, and a '(' supplied after the call. */
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };
