/* GNU comma swallowing (cpp manual "Variadic Macros"): in `, ## __VA_ARGS__`
   the comma is deleted when the variable argument is left out but kept when
   it is given empty (e(x,)); for a macro whose only parameter is ... the
   comma goes in gnu modes; with arguments the ## does nothing and the
   arguments are not pasted; a ## after something other than a comma
   is an ordinary paste. */
/* cpp-options: -std=gnu11 */
#define e(fmt, ...) f(fmt, ## __VA_ARGS__)
#define e2(fmt, ...) f(fmt,##__VA_ARGS__)
e(x) e(x,) e(x, 1) e(x, 1, 2) e(x, (1, 2))
e2(x) e2(x,) e2(x, 1)
#define only(...) g(a, ## __VA_ARGS__)
only() only(1) only(1, 2)
#define M 7
e(x, M) e(x, M, M)
#define p(a, ...) a ## __VA_ARGS__
p(x) p(x, y) p(x, y, z) p(, y)
#define q(fmt, ...) h(fmt , ##__VA_ARGS__ , end)
q(x) q(x, 1)
