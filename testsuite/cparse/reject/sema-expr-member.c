/* 6.5.2.3p1: the member must exist (anonymous members are searched). */
struct s { int a; struct { int b; }; };
int f(struct s *p)
{
	return p->a + p->b + p->c;
}
