/* __has_c_attribute (C2x 6.10.1): the date values of standard attributes,
   1 for known gnu:: ones, 0 otherwise; GCC provides it in C2x mode. */
/* cpp-options: -std=c2x */
a: __has_c_attribute(nodiscard) __has_c_attribute(deprecated) __has_c_attribute(fallthrough)
b: __has_c_attribute(maybe_unused) __has_c_attribute(__nodiscard__) __has_c_attribute(noreturn)
c: __has_c_attribute(gnu::packed) __has_c_attribute(gnu::unused) __has_c_attribute(packed)
d: __has_c_attribute(no_such) __has_c_attribute(clang::fallthrough)
#if __has_c_attribute(fallthrough) >= 201904L
e: ok
#endif
