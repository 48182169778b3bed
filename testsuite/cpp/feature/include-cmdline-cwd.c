/* -include FILE is looked up in the current directory first (not the main
   file's directory) and then on the "..." chain; -include of a header with
   #pragma once followed by an #include of it in the main file. */
/* cpp-options: -include feature/inc/once.h -Ifeature */
#include "inc/once.h"
#include <inc/once.h>
main_after
