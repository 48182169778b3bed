/* An extern object whose declaration also defines its struct tag,
   reached through a pointer: the pointer's declaration defines the tag,
   so neither the original declaration nor `struct cfg;` is written. */
/* ccp-nm: T klpp_pu_f; U eup_cfg */
extern struct cfg { int a; } eup_cfg;

int pu_f(struct cfg *c)
{
	return c->a + eup_cfg.a;
}
