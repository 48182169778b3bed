/* An object-like macro that spells a struct type, used only to point: its
   #define is written and the tag declared, its body is not. */
/* ccp-nm: T klpp_pu_f */
struct node { int key; };
#define NODE_T struct node

int pu_f(void *p)
{
	NODE_T *n = p;
	return n != 0;
}
