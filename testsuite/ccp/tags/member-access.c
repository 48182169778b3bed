/* A member access needs the complete definition, and the member's own
   struct type (a value member) too; a pointer member's type only its tag. */
/* ccp-nm: T klpp_pu_f */
struct inner { int v; };
struct node;
struct outer {
	struct inner in;	/* a value member */
	struct node *link;	/* a pointer member */
};
struct unrelated { char c; };

int pu_f(struct outer *o)
{
	return o->in.v;
}
