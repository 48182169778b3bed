/* #include <...> (C11 6.10.2p2): searched along -I, then system directories
   (-isystem), then -idirafter; never in the includer's directory and never
   in -iquote directories; "..." falls back to the <...> chain. */
/* cpp-options: -Ifeature/order/i -Ifeature/order/i2 */
#include <which.h>
#include <second.h>
#include "second.h"
