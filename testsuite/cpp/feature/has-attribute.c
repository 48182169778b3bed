/* __has_attribute (GCC manual "__has_attribute"): nonzero for attributes GCC
   knows, with plain and __x__ spellings and the gnu:: scope; 0 for unknown
   names and other scopes; the value appears as a number outside #if. */
/* cpp-options: -std=gnu11 */
a: __has_attribute(noreturn) __has_attribute(__noreturn__)
b: __has_attribute(packed) __has_attribute(__packed__) __has_attribute(aligned)
c: __has_attribute(fallthrough) __has_attribute(__fallthrough__)
d: __has_attribute(section) __has_attribute(visibility) __has_attribute(unused)
e: __has_attribute(deprecated) __has_attribute(nonstring) __has_attribute(cleanup)
f: __has_attribute(no_sanitize_address) __has_attribute(copy) __has_attribute(access)
g: __has_attribute(designated_init) __has_attribute(error) __has_attribute(warning)
h: __has_attribute(assume_aligned) __has_attribute(__designated_init__) __has_attribute(externally_visible)
i: __has_attribute(no_such_attribute) __has_attribute(__no_such__) __has_attribute(nodiscard)
j: __has_attribute(gnu::packed) __has_attribute(gnu::__packed__) __has_attribute(__gnu__::packed)
k: __has_attribute(clang::fallthrough) __has_attribute(gnu::no_such) __has_attribute(vendor::x)
#if __has_attribute(noreturn) && !__has_attribute(no_such_attribute)
l: ok
#endif
#if defined(__has_attribute)
m: defined
#endif
#define ATTR packed
n: __has_attribute(ATTR)
