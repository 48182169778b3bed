#define SELF "deep.h"
#if __INCLUDE_LEVEL__ < 150
#include SELF
#else
deepest __INCLUDE_LEVEL__
#endif
