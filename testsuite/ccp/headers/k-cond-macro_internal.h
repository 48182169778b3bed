/* k-cond-macro.c: the unit's configuration (not #included). */
#define K_ENDIAN 0
#include "k-cond-macro.h"
