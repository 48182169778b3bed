/* cparse-options: -fno-builtin-strlen
   -fno-builtin-NAME takes only NAME's builtin status.  */
#define TC(e, T) _Static_assert(__builtin_types_compatible_p(__typeof__(e), T), #e)

void f(char *d, const char *s)
{
	TC(strlen(s), int);
	TC(memcpy(d, s, 1), void *);
	TC(__builtin_strlen(s), unsigned long);
}
