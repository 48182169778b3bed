second_from_second_I
#include "inner.h"
#include <inner.h>
