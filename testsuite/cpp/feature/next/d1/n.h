n_in_d1
#include_next <n.h>
