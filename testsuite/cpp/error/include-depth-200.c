/* Bad input: nesting one level deeper than GCC allows (-fmax-include-depth
   200): a self-including header that stops at level 200. */
#include "inc/deep200.h"
