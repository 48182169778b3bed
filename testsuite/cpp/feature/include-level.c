/* __INCLUDE_LEVEL__ (GCC manual "Common Predefined Macros"): 0 in the main
   file, one more per nesting; a header including itself to a fixed depth;
   files given with -include. */
/* cpp-options: -include feature/inc/level_pre.h */
a: __INCLUDE_LEVEL__
#include "inc/level.h"
b: __INCLUDE_LEVEL__
