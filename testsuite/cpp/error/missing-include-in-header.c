/* Bad input: the missing #include is in a header: the position is the
   header's line. */
#include "inc/includes_missing.h"
