/* The deepest nesting GCC allows: level 199 (GCC's limit of 200 counts the
   main file; error/include-cycle.c is one level more). */
#include "inc/deep199.h"
end
