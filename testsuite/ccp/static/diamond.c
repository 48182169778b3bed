/* Two helpers sharing a third: the shared one is copied once; a helper
   nothing reaches is not. */
/* ccp-nm: T klpp_pu_f; t klpr_base; t klpr_left; t klpr_right */
static int base(int x) { return x * 10; }
static int left(int x) { return base(x) - 1; }
static int right(int x) { return base(x) + 1; }
static int stray(int x) { return base(x); }

int pu_f(int x)
{
	return left(x) + right(x);
}
