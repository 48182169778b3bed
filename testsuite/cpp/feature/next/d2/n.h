n_in_d2
#include_next "n.h"
