/* `, ## __VA_ARGS__` under a strict standard (-std=c11): GCC keeps the comma
   when the variadic parameter is the only parameter and the argument is
   empty (cpp manual "Variadic Macros", last paragraph), and still deletes it
   when the variable argument of a macro with named parameters is missing. */
/* cpp-options: -std=c11 */
#define e(fmt, ...) f(fmt, ## __VA_ARGS__)
e(x) e(x,) e(x, 1)
#define only(...) g(a, ## __VA_ARGS__)
only() only(1)
#define two(a, b, ...) h(a, b, ## __VA_ARGS__)
two(1, 2) two(1, 2, 3)
