/* A function-like macro name that is the last token of a header, with the
   '(' in the includer after the #include: whatever gcc -E does (the file
   boundary ends the search for the '('). */
#include "inc/ends_with_fn.h"
(1)
FN(2)
