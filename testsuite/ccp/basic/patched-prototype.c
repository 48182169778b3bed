/* A patched function called by another before its definition: its
   prototype is kept (renamed) for that call. */
/* ccp-nm: T klpp_pu_a; T klpp_pu_b */
int pu_b(int x);

int pu_a(int x)
{
	return pu_b(x) + 1;
}

int pu_b(int x)
{
	return x * 2;
}
