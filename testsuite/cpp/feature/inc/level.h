level_h: __INCLUDE_LEVEL__
#if __INCLUDE_LEVEL__ < 3
#include "level.h"
#endif
