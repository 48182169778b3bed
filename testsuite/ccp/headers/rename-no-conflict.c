/* A header declaring a function the carve externalizes under a new name
   (klpe_eur_lookup) is still #included; the new name is declared. */
/* ccp-nm: T klpp_pu_f; U klpe_eur_lookup */
#include "ren.h"

int pu_f(struct ren_req *r)
{
	return eur_lookup(r->id);
}
