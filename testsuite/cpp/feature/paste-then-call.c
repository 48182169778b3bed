/* A pasted name that is a function-like macro is called by the '(' after
   it, whether that '(' is in the same replacement or follows the call. */
#define cat(a, b) a ## b
#define AB(x) [x]
#define APPLY(a, b, x) cat(a, b)(x)
cat(A, B)(1)
APPLY(A, B, 2)
cat(A, B)
(3)
cat(A, B) + 4
#define f(x) <x>
#define E
f E (5)
f
E
(6)
