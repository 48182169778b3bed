/* An object only declared here (its definition is elsewhere) that the
   policy will not externalize (no e?_ name): it cannot be copied either. */
/* ccp-error: cannot-externalize-obj.c:8:20: error: 'opaque_count' must be externalized but the policy says it cannot be */
extern int opaque_count;

int pu_f(int x)
{
	return x + opaque_count;
}
