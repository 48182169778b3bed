/* A self-referential struct: its definition suffices. */
/* ccp-nm: T klpp_pu_f */
struct list { struct list *next; int v; };

int pu_f(struct list *l)
{
	int n = 0;
	for (; l; l = l->next)
		n += l->v;
	return n;
}
