/* __has_cpp_attribute in C (GCC treats it like __has_attribute, with the
   standard attribute values). */
/* cpp-options: -std=gnu11 */
a: __has_cpp_attribute(noreturn) __has_cpp_attribute(packed) __has_cpp_attribute(gnu::packed)
b: __has_cpp_attribute(fallthrough) __has_cpp_attribute(deprecated) __has_cpp_attribute(nodiscard)
c: __has_cpp_attribute(no_such) __has_cpp_attribute(clang::fallthrough)
#if defined __has_cpp_attribute
d: defined
#endif
