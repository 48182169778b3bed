/* A function reached through a pointer (eup_) named in a static
   initializer: `&(*eup_fn)` is no address constant, and a function
   cannot be copied as read-only data. */
/* ccp-error: fun-pointer-in-static-init.c:9:46: error: 'eup_fn' is reached through a pointer but used in a static initializer */
int eup_fn(int);

int pu_f(int x)
{
	static int (*const table[])(int) = { eup_fn };
	return table[0](x);
}
