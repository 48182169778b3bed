/* __BASE_FILE__ (GCC manual "Common Predefined Macros"): the main file's
   name, also inside headers and after #line renames the current file. */
a: __BASE_FILE__
#include "inc/file.h"
#line 10 "other.c"
b: __BASE_FILE__ __FILE__
