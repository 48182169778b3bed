/* __has_c_attribute under -std=gnu11: whatever GCC 12 gives there. */
/* cpp-options: -std=gnu11 */
#ifdef __has_c_attribute
a: __has_c_attribute(fallthrough) __has_c_attribute(gnu::packed) __has_c_attribute(no_such)
#else
a: not_defined
#endif
