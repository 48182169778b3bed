/* outer.h includes inner.h */
#include "inner.h"
int eu_outer_fn(void);
