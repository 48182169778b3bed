/* Self-referential macros (C11 6.10.3.4p2; cpp manual "Self-Referential
   Macros"): the macro's own name in its expansion is not replaced again, and
   such a painted name stays unexpanded even when later rescanned. */
#define foo foo
foo
#define x (4 + x)
x
#define EPERM EPERM
int e = EPERM;
#define f(a) a + f(a)
f(1)
f(f(2))
#define g(a) g
g(1)(2)
#define h(a) a
h(h)(3)
#define lp (
#define m(a) m a
m(1)
