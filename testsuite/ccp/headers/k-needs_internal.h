/* k-needs.c: a header that may not be #included (its name says internal):
   it defines k_base() and then includes the box header that calls it. */
static inline int k_base(void) { return 7; }
#include "k-needs-box.h"
