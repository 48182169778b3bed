/* #warning in a header and within an active conditional, and one in a
   skipped group that must not fire: gcc's warning positions are the test. */
/* cpp-diagnostics: compare */
#include "inc/warn.h"
#if 1
#  warning second
#else
#  warning not this one
#endif
#if 0
#warning nor this
#endif
end
