/* gcc's predeclared types (builtins.cc declare_builtin_types): __builtin_va_list
   as each psABI defines it, __int128_t, __uint128_t, __float128, __float80 and
   the x86_64 ms/sysv va_lists.  One section per target: judged by gcc here,
   and by the cross compilers with kcarve --compiler=aarch64-gcc-12.2.0 etc.  */
#include <stdarg.h>
#define TC(a, b) __builtin_types_compatible_p(a, b)
#define SA(e) _Static_assert(e, #e)

SA(TC(va_list, __builtin_va_list));
SA(TC(__gnuc_va_list, __builtin_va_list));
SA(TC(__int128_t, __int128));
SA(TC(__uint128_t, unsigned __int128));
SA(!TC(__int128_t, __uint128_t));

#if defined(__x86_64__)
SA(sizeof(__builtin_va_list) == 24 && _Alignof(__builtin_va_list) == 8);
SA(sizeof(__builtin_va_list) == sizeof(((__builtin_va_list *)0)[0][0]));
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), gp_offset) == 0);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), fp_offset) == 4);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), overflow_arg_area) == 8);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), reg_save_area) == 16);
SA(TC(__typeof__(((__builtin_va_list *)0)[0][0].gp_offset), unsigned int));
SA(TC(__typeof__(((__builtin_va_list *)0)[0][0].reg_save_area), void *));
SA(TC(__builtin_va_list, __typeof__(((__builtin_va_list *)0)[0][0])[1]));
SA(TC(__builtin_sysv_va_list, __builtin_va_list));
SA(TC(__builtin_ms_va_list, char *));
SA(TC(__float80, long double));
SA(!TC(__float80, _Float64x));
SA(TC(__float128, _Float128));
SA(sizeof(__float128) == 16 && sizeof(__float80) == 16);
/* va_list as a parameter is a pointer to the tag (C11 6.7.6.3p7).  */
SA(TC(__typeof__(__builtin_vprintf), int(const char *, __builtin_va_list)));
#elif defined(__aarch64__)
SA(sizeof(__builtin_va_list) == 32 && _Alignof(__builtin_va_list) == 8);
SA(__builtin_offsetof(__builtin_va_list, __stack) == 0);
SA(__builtin_offsetof(__builtin_va_list, __gr_top) == 8);
SA(__builtin_offsetof(__builtin_va_list, __vr_top) == 16);
SA(__builtin_offsetof(__builtin_va_list, __gr_offs) == 24);
SA(__builtin_offsetof(__builtin_va_list, __vr_offs) == 28);
SA(TC(__typeof__(((__builtin_va_list *)0)->__gr_offs), int));
SA(sizeof(__bf16) == 2 && _Alignof(__bf16) == 2);
SA(TC(__typeof__(__builtin_vprintf), int(const char *, __builtin_va_list)));
#elif defined(__powerpc64__)
SA(TC(__builtin_va_list, char *));
SA(TC(__float128, _Float128));
SA(TC(__typeof__(__builtin_vprintf), int(const char *, char *)));
SA(TC(__ibm128, long double));
SA(TC(__ieee128, _Float128));
#elif defined(__s390x__)
SA(sizeof(__builtin_va_list) == 32);
SA(TC(__builtin_va_list, __typeof__(((__builtin_va_list *)0)[0][0])[1]));
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), __gpr) == 0);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), __fpr) == 8);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), __overflow_arg_area) == 16);
SA(__builtin_offsetof(__typeof__(((__builtin_va_list *)0)[0][0]), __reg_save_area) == 24);
SA(TC(__typeof__(((__builtin_va_list *)0)[0]->__fpr), long));
SA(TC(__typeof__(__builtin_vprintf), int(const char *, __builtin_va_list)));
#endif

int sum(int n, ...)
{
	va_list ap, aq;
	int s = 0;
	va_start(ap, n);
	va_copy(aq, ap);
	while (n--)
		s += va_arg(aq, int);
	va_end(aq);
	va_end(ap);
	return s;
}
