/* Dots: `..` is two `.` tokens, never one; `...` is one; a pp-number may
   contain dots and absorb a following `.` (C11 6.4.8: 1..2 is one
   pp-number); pastes that form `...` from `.` and `..`-like numbers. */
#define cat(a, b) a ## b
#define dot .
a..b
a...b
a....b
1..2 1...2 .1.2. 1.e.3
x.y .5 . 5
cat(1., .) cat(., 1) cat(1, ..)
dot dot dot
dot.dot
f(a, ...)
