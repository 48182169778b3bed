/* Function-like macros with empty arguments (C11 6.10.3p4, 6.10.3.1):
   a zero-parameter macro called with (), one-parameter with an empty
   argument, several empty arguments, arguments that are only white space
   or comments. */
#define Z() zero
#define I(a) [a]
#define T(a, b) <a|b>
#define R(a, b, c) {a;b;c}
Z() Z( ) Z(/* c */)
I() I( ) I(/**/) I(x)
T(,) T( , ) T(a,) T(,b) T(a,b)
R(,,) R(1,,3) R(,2,) R( , , )
#define E
I(E) T(E,E) R(E,,E)
