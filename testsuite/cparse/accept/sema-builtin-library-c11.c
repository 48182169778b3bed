/* cparse-options: -std=c11
   In strict ISO C the GNU library names (index, bzero, stpcpy) are no
   builtins: an undeclared call gets int.  The ISO ones still are.  */
#define TC(e, T) _Static_assert(__builtin_types_compatible_p(__typeof__(e), T), #e)

void f(char *d, const char *s)
{
	TC(index(s, 'a'), int);
	TC(stpcpy(d, s), int);
	TC(strchr(s, 'a'), char *);
	TC(snprintf(d, 1, "x"), int);
	TC(__builtin_index(s, 'a'), char *);
	TC(__builtin_stpcpy(d, s), char *);
}
