/* A typedef of a pointer to a struct: the typedef's own specifiers
   declare the tag, so neither `struct node;` nor its body is written. */
/* ccp-nm: T klpp_pu_f */
struct node { int key; struct node *next; };
typedef struct node *node_ref;

int pu_f(node_ref a, node_ref b)
{
	return a == b;
}
