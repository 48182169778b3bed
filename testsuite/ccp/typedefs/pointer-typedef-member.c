/* A typedef of a pointer to a struct, used to reach a member: the
   typedef and the struct's definition are both written, in their order. */
/* ccp-nm: T klpp_pu_f */
typedef struct conf *conf_p;
struct conf { int verbose; };

int pu_f(conf_p c)
{
	return c->verbose;
}
