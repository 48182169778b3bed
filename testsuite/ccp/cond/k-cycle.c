/* A member under a conditional of a header read twice (an include cycle):
   the output's text of the struct keeps the member the compiled reading
   had, not what the skipped inner reading recorded (before: acp vanished
   and flags moved by 32 bytes). */
/* ccp-nm: T klpp_pu_f */
#define K_HAVE_ACP 1
#include "k-cycle_internal.h"

int pu_f(struct k_dev *d)
{
	return d->flags + (int)sizeof(struct k_dev);
}
