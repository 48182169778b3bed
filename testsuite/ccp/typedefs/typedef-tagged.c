/* A typedef naming a struct defined separately: only pointer use, so the
   typedef's `struct node` is declared by the typedef itself. */
/* ccp-nm: T klpp_pu_f */
struct node { int v; };
typedef struct node node_t;

node_t *pu_f(node_t *n)
{
	return n;
}
