/* An eligible header's macro redefined by the main file: the header is
   #included (its struct is needed), so the #undef is written before the
   new #define. */
/* ccp-nm: T klpp_pu_f */
#include "hm.h"
#undef HM_SIZE
#define HM_SIZE 16

int pu_f(struct hm *h)
{
	return h->n * HM_SIZE;
}
