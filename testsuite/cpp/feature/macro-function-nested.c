/* Nested macro calls: arguments are fully macro-expanded before they are
   substituted (C11 6.10.3.1), calls inside arguments, calls produced by
   the replacement, and the same macro nested in its own argument (allowed:
   the inner call is expanded during argument pre-expansion). */
#define F(x) (x + 1)
#define G(x, y) F(x) * F(y)
#define ID(x) x
#define TWICE(f, x) f(f(x))
F(F(1))
G(F(1), F(F(2)))
ID(ID(ID(3)))
TWICE(F, 4)
TWICE(ID, ID(5))
#define N 10
F(N) G(N, ID(N))
#define CALL(m, a) m(a)
CALL(F, N) CALL(ID, CALL(F, 1))
