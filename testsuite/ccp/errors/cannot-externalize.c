/* A function that must be externalized (no definition here) but the toy
   policy says it cannot (no e?_ prefix). */
/* ccp-error: cannot-externalize.c:8:16: error: 'opaque' must be externalized but the policy says it cannot be */
int opaque(int);

int pu_f(int x)
{
	return opaque(x);
}
