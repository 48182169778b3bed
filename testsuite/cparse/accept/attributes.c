/* GNU attributes in every position gcc accepts (gcc manual 6.39
   "Attribute Syntax"). */
struct __attribute__((packed)) P { char c; int i __attribute__((aligned(4))); } __attribute__((aligned(8)));
__attribute__((unused)) static int a0;
int __attribute__((unused)) a1, __attribute__((unused)) a2;
int a3 __attribute__((weak));
void noret(void) __attribute__((noreturn));
__attribute__((noreturn)) void noret2(void);
int * __attribute__((unused)) p0;
void (__attribute__((noreturn)) *fp)(void);
enum __attribute__((packed)) E { E1 = 1, E2 __attribute__((deprecated)), E3 = 5, };
int f(int x __attribute__((unused)), int __attribute__((unused)) y);
int g(int a)
{
	switch (a) {
	case 1:
		a++;
		__attribute__((fallthrough));
	case 2:
		break;
	}
lab: __attribute__((unused));
	return a;
}
typedef int v4si __attribute__((vector_size(16)));
struct Q { int a; } __attribute__((__packed__, __aligned__(2)));
int k __attribute__((section(".data"), used, )) = 3;
int __attribute__(()) empty_attr;
void h(void) __attribute__((__const__, format(printf, 1, 2)));
