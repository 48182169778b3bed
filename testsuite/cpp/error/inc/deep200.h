#if __INCLUDE_LEVEL__ < 200
#include "deep200.h"
#endif
