/* GCC accepts __VA_OPT__ in older modes too, as an extension: the same
   expansion under -std=gnu11. */
/* cpp-options: -std=gnu11 */
#define F(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)
F(1) F(1,) F(1, 2)
#define G(...) __VA_OPT__([__VA_ARGS__])
G() G(a, b)
