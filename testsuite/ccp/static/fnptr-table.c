/* A copied table of function pointers brings the functions it points to. */
/* ccp-nm: T klpp_pu_f; d ops; t klpr_op_add; t klpr_op_sub */
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_unused(int a, int b) { return a * b; }
static int (*const ops[])(int, int) = { op_add, op_sub };

int pu_f(int i, int a, int b)
{
	return ops[i](a, b);
}
