/* __FILE__ (C11 6.10.8.1): the presumed name of the current file as it was
   found ("dir/" + the name in the #include), in a header and nested header,
   back in the includer; in a macro defined in a header and used in the main
   file, the file of the expansion. */
a: __FILE__
#include "inc/file.h"
b: __FILE__ FILE_AT_DEFINITION
#include "inc/../inc/file2.h"
c: __FILE__
