/* The same headers with the -I and -isystem directories given in the other
   order on the command line: the chain order is by kind, not by position. */
/* cpp-options: -idirafter feature/order/a -isystem feature/order/s -Ifeature/order/i -iquote feature/order/q */
#include "which.h"
#include <which.h>
#include <sys_only.h>
#include <after_only.h>
