k_in_d1
#include_next <k.h>
