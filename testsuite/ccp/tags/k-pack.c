/* `#pragma pack` in the text the output copies is kept in its place: the
   structs after it are laid out as in the original (k_cfg packed, 3 bytes;
   without the pragma k_port's speed would move). */
/* ccp-nm: T klpp_pu_f */
#include "k-pack_internal.h"

int pu_f(struct k_port *p)
{
	return p->speed + p->cfg.maxfrsize + (int)sizeof(struct k_cfg);
}
