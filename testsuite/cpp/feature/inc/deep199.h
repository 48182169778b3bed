#if __INCLUDE_LEVEL__ < 199
#include "deep199.h"
#else
deepest __INCLUDE_LEVEL__
#endif
