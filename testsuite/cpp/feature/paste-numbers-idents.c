/* ## on pp-numbers and identifiers (C11 6.4.8, 6.10.3.3): digits paste to one
   pp-number, identifier ## number makes an identifier, number ## identifier a
   pp-number, e+ and p- signs inside pp-numbers, dots in pp-numbers; the result
   is rescanned and can name a macro; the operands are not expanded first. */
#define cat(a, b) a ## b
#define cat3(a, b, c) a ## b ## c
#define xcat(a, b) cat(a, b)
cat(1, 2) cat(x, 1) cat(1, x) cat(_, 9) cat(0x, 1f) cat(0, x1f)
cat3(1e, +, 3) cat3(1E, -, 3) cat3(0x1p, -, 4) cat3(1, ., 5) cat(1., .2)
cat(., 5) cat(1, .) cat(1.5, e10) cat(12, u) cat(12, ULL) cat(3, .e)
cat(L, "wide") cat(L, 'c') cat(u8, "s") cat(u, "s") cat(U, 'c')
#define A 1
#define B 2
#define AB both
cat(A, B) xcat(A, B)
cat(A, ) cat(, B)
#define name_1 first
#define name_2 second
cat(name_, 1) cat(name_, 2) xcat(name_, A)
