/* #include_next in the main file (GCC warns and treats it as #include) and
   in a header that was found relative to its includer rather than on the
   search path (GCC then searches the whole <...> chain). */
/* cpp-options: -Ifeature/next/d2 -Ifeature/next/d3 */
#include_next <n.h>
#include "next/d1/k.h"
