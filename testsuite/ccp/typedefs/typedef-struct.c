/* A typedef of an anonymous struct, accessed by member. */
/* ccp-nm: T klpp_pu_f */
typedef struct { int x, y; } point_t;

int pu_f(point_t *p)
{
	return p->x * p->y;
}
