/* Syntax that gcc's builtins need (gcc manual 6.59 "Other Builtins"). */
struct P { char c; int i; struct { int a[4]; } in; };
typedef int T;
int f(int n, ...)
{
	__builtin_va_list ap;
	int x;
	__builtin_va_start(ap, n);
	x = __builtin_va_arg(ap, int);
	__builtin_va_end(ap);
	x += __builtin_offsetof(struct P, i);
	x += __builtin_offsetof(struct P, in.a[2]);
	x += __builtin_types_compatible_p(int, T);
	x += __builtin_types_compatible_p(typeof(x), const int);
	x += __builtin_choose_expr(1, 2, 3);
	x += __builtin_constant_p(x);
	x += __builtin_expect(x, 0);
	return x;
}
typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
v4sf cv(v4si a) { return __builtin_convertvector(a, v4sf); }
