which_from_I
#include "inner.h"
