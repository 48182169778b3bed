/* Bad input: a macro call whose argument list starts in a header and would
   end in the includer: arguments cannot span files. */
#include "inc/open_call.h"
2);
