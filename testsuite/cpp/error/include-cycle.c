/* Bad input: a header including itself without a guard: the nesting
   depth passes GCC's limit of 200 (-fmax-include-depth). */
#include "inc/cycle.h"
