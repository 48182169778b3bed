/* C library functions gcc knows (gcc manual, "Other Builtins"): called
   undeclared, each gets its builtin type (gcc warns "incompatible implicit
   declaration of built-in function"), C90, C99 and GNU names alike in the
   GNU dialects; a declaration with the same type is quiet.  */
#define TC(e, T) _Static_assert(__builtin_types_compatible_p(__typeof__(e), T), #e)

void *memset(void *, int, __SIZE_TYPE__);
int vsnprintf(char *, __SIZE_TYPE__, const char *, __builtin_va_list);

void f(char *d, const char *s, double x, float y, __builtin_va_list ap)
{
	TC(memcpy(d, s, 1), void *);
	TC(strlen(s), unsigned long);
	TC(abort(), void);
	TC(printf("%d", 1), int);
	TC(malloc(1), void *);
	TC(sqrt(x), double);
	TC(sqrtf(y), float);
	TC(fabsl(x), long double);
	TC(lround(x), long);
	TC(cabs(x), double);
	TC(index(s, 'a'), char *);	/* GNU */
	TC(stpcpy(d, s), char *);	/* GNU */
	TC(strnlen(s, 4), unsigned long);
	TC(ffsll(1), int);
	TC(__memcpy_chk(d, s, 1, 2), void *);
	TC(isinf(x), int);
	TC(signbit(x), int);
	TC(memset(d, 0, 1), void *);
	TC(vsnprintf(d, 1, s, ap), int);
}
