/* Two patched functions, one calling the other: the call is renamed. */
/* ccp-nm: T klpp_pu_a; T klpp_pu_b */
int pu_a(int x)
{
	return x + 1;
}

int not_patched(int x) { return pu_a(x); }

int pu_b(int x)
{
	return pu_a(x) * 2;
}
