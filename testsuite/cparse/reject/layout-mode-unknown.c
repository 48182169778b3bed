/* mode() with a name no target has: gcc's "unknown machine mode".  */
typedef int good_t __attribute__((mode(DI)));
typedef int bad_t __attribute__((mode(foo)));
