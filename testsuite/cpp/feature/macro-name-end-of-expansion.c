/* A function-like macro name produced at the end of a replacement list takes
   its '(' from the text after the invocation (rescanning with the rest of
   the source, C11 6.10.3.4p1), including across lines; when no '(' follows,
   it stays an identifier. */
#define f(x) [x]
#define g f
#define h() f
#define k(y) y
h()(1)
h()
(2)
h() + 3
g(4)
k(f)(5)
k(f) 6
#define twice f f
twice(7)
int end = h()
