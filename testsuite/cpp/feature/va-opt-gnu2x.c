/* __VA_OPT__ under -std=gnu2x, with # applied to a parameter next to it and
   __VA_OPT__ producing a comma for a following call. */
/* cpp-options: -std=gnu2x */
#define LOG(fmt, ...) printf(fmt __VA_OPT__(,) __VA_ARGS__)
LOG("x") LOG("x", 1) LOG("x", a, b)
#define S(x, ...) #x __VA_OPT__(#x)
S(a) S(a, 1)
#define T(...) __VA_OPT__(x)__VA_OPT__(y)
T() T(1)
