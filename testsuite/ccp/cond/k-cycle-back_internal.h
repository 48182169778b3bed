/* k-cycle.c: includes k-cycle_internal.h back. */
#include "k-cycle_internal.h"
