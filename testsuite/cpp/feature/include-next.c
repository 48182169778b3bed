/* #include_next (cpp manual "Wrapper Headers"): the search resumes after
   the directory where the current header was found; "..." and <...> and a
   macro-expanded name all do so; directories without the header are passed
   over. */
/* cpp-options: -Ifeature/next/d1 -Ifeature/next/d2 -Ifeature/next/d3 */
#include <n.h>
#include "n.h"
#include <m.h>
#include <k.h>
