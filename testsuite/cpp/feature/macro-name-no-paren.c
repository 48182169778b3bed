/* A function-like macro name not followed by '(' is not an invocation
   (C11 6.10.3p10): it stays as an identifier.  The '(' may follow on a later
   line, after comments, and the look-ahead must see through newlines. */
#define f(x) [x]
#define g f
int a = f;
int b = f + 1;
int c = (f);
f
(1)
f /* comment */ (2)
f

  (3)
f /* multi
     line */ (4)
g(5)
g
(6)
g;
int (*p)(int) = &f;
f f(7) f
