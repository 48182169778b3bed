/* __has_builtin (GCC manual "__has_builtin"): 1 for GCC's built-in functions,
   including the keyword-like ones, x86 target built-ins and library
   functions GCC knows as built-ins (memcpy, printf, abort: 1); 0 for other
   identifiers, unknown __builtin_ names and C++-only traits. */
a: __has_builtin(__builtin_expect) __has_builtin(__builtin_constant_p) __has_builtin(__builtin_unreachable)
b: __has_builtin(__builtin_offsetof) __has_builtin(__builtin_types_compatible_p) __has_builtin(__builtin_choose_expr)
c: __has_builtin(__builtin_va_arg) __has_builtin(__builtin_memcpy) __has_builtin(__builtin_object_size)
d: __has_builtin(__builtin_bswap32) __has_builtin(__builtin_popcountll) __has_builtin(__builtin_clz)
e: __has_builtin(__sync_fetch_and_add) __has_builtin(__atomic_load_n) __has_builtin(__builtin_trap)
f: __has_builtin(__builtin_ia32_pause) __has_builtin(__builtin_ia32_rdtsc) __has_builtin(__builtin_dynamic_object_size)
g: __has_builtin(__builtin_LINE) __has_builtin(__builtin_FILE) __has_builtin(__builtin_convertvector)
h: __has_builtin(__builtin_shuffle) __has_builtin(__builtin_tgmath) __has_builtin(__builtin_complex)
i: __has_builtin(__builtin_add_overflow) __has_builtin(__builtin_mul_overflow) __has_builtin(__builtin_assume_aligned)
j: __has_builtin(memcpy) __has_builtin(printf) __has_builtin(abort)
k: __has_builtin(no_such_builtin) __has_builtin(__builtin_no_such) __has_builtin(__is_trivial)
l: __has_builtin(__builtin_speculation_safe_value) __has_builtin(__builtin_has_attribute)
#if __has_builtin(__builtin_expect) && !__has_builtin(not_a_builtin)
m: ok
#endif
#ifdef __has_builtin
n: defined
#endif
