/* A static helper declared before and defined after the patched function:
   the prototype is kept and renamed too. */
/* ccp-nm: T klpp_pu_f; t klpr_later */
static int later(int);

int pu_f(int x)
{
	return later(x);
}

static int later(int x)
{
	return x ? later(x - 1) : 0;
}
