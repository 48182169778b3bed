/* Variadic macros (C11 6.10.3p12, 6.10.3.1p2): __VA_ARGS__ takes the
   trailing arguments with their commas; it may be empty; it is expanded
   before substitution; #__VA_ARGS__; argument counting as kernel headers do
   it (a fixed-position pick from a shifted list). */
#define V(...) <__VA_ARGS__>
#define F(a, ...) a: __VA_ARGS__ ;
V() V(1) V(1, 2) V(1,2,3) V((a, b), c) V( , ) V(,,)
F(x) F(x,) F(x, 1) F(x, 1, (2, 3))
#define N 5
V(N, N) F(N, N)
#define str(...) #__VA_ARGS__
str() str(a) str(a,b) str( a , b ) str(a,(b,c))
#define PICK(_0, _1, _2, _3, _4, n, ...) n
#define COUNT(...) PICK(, ##__VA_ARGS__, 4, 3, 2, 1, 0)
COUNT() COUNT(a) COUNT(a, b) COUNT(a, b, c) COUNT(a, (b, c), d, e)
#define FWD(...) V(__VA_ARGS__)
FWD(1, 2) FWD()
#define CALL(m, ...) m(__VA_ARGS__)
CALL(V, a, b) CALL(F, y, z)
