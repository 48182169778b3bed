/* k-late-macro.c: the unit's own types and helper (not #included). */
typedef long k_blk_t;
static inline int K_I(int x) { return x; }
#include "k-late-macro.h"
