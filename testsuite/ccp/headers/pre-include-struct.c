/* A struct and a function declaration from a pre-included file: the
   output's command line includes it again, so nothing is written for
   them (not even the plain extern's declaration). */
/* ccp-cflags: -include pre_types.h */
/* ccp-nm: T klpp_pu_f; U eu_pt_probe */
int pu_f(struct pt_dev *d)
{
	return d->irq + eu_pt_probe(d);
}
