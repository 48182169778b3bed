/* 6.5.2.3p2: -> needs a pointer to a structure or union. */
struct s { int a; };
int f(struct s v)
{
	return v->a;
}
