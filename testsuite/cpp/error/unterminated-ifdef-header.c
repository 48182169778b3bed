/* Bad input: a header ends inside an #ifdef group; the #endif in the
   main file does not close it (conditionals do not span files). */
#include "inc/open_ifdef.h"
#endif
