/* cparse-options: -ffreestanding -fno-builtin-abs
   -ffreestanding (like -fno-builtin) leaves only the __builtin_ forms: an
   undeclared memcpy is an ordinary implicit int function.  */
#define TC(e, T) _Static_assert(__builtin_types_compatible_p(__typeof__(e), T), #e)

void f(char *d, const char *s)
{
	TC(memcpy(d, s, 1), int);
	TC(strlen(s), int);
	TC(abs(1), int);
	TC(__builtin_memcpy(d, s, 1), void *);
	TC(__builtin_strlen(s), unsigned long);
}
