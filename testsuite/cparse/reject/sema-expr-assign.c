/* 6.5.16.1p1: a structure is assigned only from a compatible structure. */
struct s { int a; };
struct t { int a; };
void f(struct s *p, struct t *q)
{
	*p = *p;
	*p = *q;
}
