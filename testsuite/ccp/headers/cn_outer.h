/* cn_outer.h: eligible by name, but it includes cn_inner.h. */
#define CN_MAX 8
#include "cn_inner.h"
struct cn { int v; };
