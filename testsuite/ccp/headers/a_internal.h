/* a_internal.h includes b_internal.h; neither is eligible */
#include "b_internal.h"
struct a_t { struct b_t b; };
