/* A macro in a kept struct definition (an array length). */
/* ccp-nm: T klpp_pu_f */
#define NSLOTS 4
struct slots { int v[NSLOTS]; };

int pu_f(struct slots *s)
{
	return s->v[0];
}
