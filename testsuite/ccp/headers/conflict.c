/* A header declaring what the carve pointer-izes under the same name is not
   #included: what is needed from it is written instead. */
/* ccp-nm: T klpp_pu_f; U eup_conf_level */
#include "conflict.h"

int pu_f(struct conf *c)
{
	return c->level + eup_conf_level;
}
