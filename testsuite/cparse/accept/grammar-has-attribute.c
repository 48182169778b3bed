/* __builtin_has_attribute (gcc 6.59 Other Built-in Functions): its first
   operand a type or an expression, its second an attribute with or without
   arguments. */
struct __attribute__((packed)) P { char c; int i; };
int x __attribute__((aligned(8)));
void f(void) __attribute__((noreturn));
int a = __builtin_has_attribute(x, aligned);
int b = __builtin_has_attribute(x, aligned(8));
int c = __builtin_has_attribute(struct P, packed);
int d = __builtin_has_attribute(f, noreturn);
int e = __builtin_has_attribute(int *, unused);
int g = __builtin_has_attribute(x + 1, aligned);
