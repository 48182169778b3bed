/* Type-generic builtins (builtins_generic.cc): the result type comes from the
   arguments — __atomic_* and __sync_* give the pointed-to type unqualified,
   __builtin_choose_expr the chosen operand's, the overflow builtins _Bool,
   __builtin_shuffle a vector with the mask's length, __builtin_tgmath the
   selected function's return type.  */
#define TC(e, T) _Static_assert(__builtin_types_compatible_p(__typeof__(e), T), #e)
volatile int vi; const int ci = 1; int *ip; const volatile long *cvlp; char **cpp;
enum E { E1 } *ep; _Bool *bp; unsigned short us; float fl; double d; long double ld;
typedef int v4si __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef long long v2di __attribute__((vector_size(16)));
v4si a4, b4; v8hi h8; v2di m2;
void f(void) {
TC(__atomic_load_n(&vi, 0), int);
TC(__atomic_load_n(&ci, 0), int);
TC(__atomic_load_n(cvlp, 0), long);
TC(__atomic_load_n(cpp, 0), char *);
TC(__atomic_load_n(ep, 0), enum E);
TC(__atomic_fetch_add(ip, 1, 0), int);
TC(__atomic_add_fetch(cpp, 1, 0), char *);
TC(__atomic_exchange_n(bp, 1, 0), _Bool);
TC(__atomic_compare_exchange_n(ip, ip, 1, 0, 0, 0), _Bool);
TC(__atomic_compare_exchange(ip, ip, ip, 0, 0, 0), _Bool);
TC(__atomic_store_n(ip, 1, 0), void);
TC(__atomic_load(ip, ip, 0), void);
TC(__atomic_test_and_set(ip, 0), _Bool);
TC(__sync_fetch_and_add(ip, 1), int);
TC(__sync_fetch_and_add(&vi, 1), int);
TC(__sync_val_compare_and_swap(cpp, 0, 0), char *);
TC(__sync_bool_compare_and_swap(ip, 0, 1), _Bool);
TC(__sync_lock_test_and_set(ip, 1), int);
TC(__sync_lock_release(ip), void);
TC(__builtin_add_overflow(1, 2, ip), _Bool);
TC(__builtin_mul_overflow_p(1, 2, (short)0), _Bool);
TC(__builtin_constant_p(vi), int);
TC(__builtin_classify_type(d), int);
TC(__builtin_choose_expr(1, us, d), unsigned short);
TC(__builtin_choose_expr(0, us, d), double);
TC(__builtin_choose_expr(sizeof(int) == 4, fl, 1), float);
TC(__builtin_isnan(d), int);
TC(__builtin_isgreater(d, fl), int);
TC(__builtin_signbit(ld), int);
TC(__builtin_fpclassify(0,1,2,3,4, d), int);
TC(__builtin_shuffle(a4, b4), v4si);
TC(__builtin_shuffle(h8, h8, h8), v8hi);
TC(__builtin_shufflevector(a4, b4, 0, 1), int __attribute__((vector_size(8))));
TC(__builtin_speculation_safe_value(us), unsigned short);
TC(__builtin_speculation_safe_value(ip), int *);
TC(__builtin_speculation_safe_value(ci), int);
TC(__builtin_complex(fl, fl), _Complex float);
TC(__builtin_assume_aligned(ip, 16), void *);
TC(__builtin_expect(vi, 1), long);
TC(__builtin_object_size(ip, 0), unsigned long);
TC(__builtin_call_with_static_chain(f(), ip), void);
TC(__builtin_has_attribute(vi, aligned), _Bool);
TC(__builtin_tgmath(__builtin_sin, __builtin_sinf, __builtin_sinl, fl), float);
}
