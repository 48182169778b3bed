/* A struct defined inside another's body is part of that text. */
/* ccp-nm: T klpp_pu_f */
struct outer {
	struct inner_def { int a; } in;
	int b;
};

int pu_f(struct outer *o)
{
	struct inner_def copy = o->in;
	return copy.a + o->b;
}
