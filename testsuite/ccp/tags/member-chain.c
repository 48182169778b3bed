/* A chain of member accesses through pointers: each struct reached by
   `->` is needed complete; the one only pointed to at the end is not,
   and a member of a kept struct already declares its tag. */
/* ccp-nm: T klpp_pu_f */
struct leaf;
struct mid { int depth; struct leaf *leaf; };
struct top { struct mid *mid; };
struct leaf { char name[16]; };

struct leaf *pu_f(struct top *t)
{
	return t->mid->depth ? t->mid->leaf : 0;
}
