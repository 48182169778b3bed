/* The whole search order (cpp manual "Search Path", GCC manual "Directory
   Options"): for "...": includer's directory, -iquote, -I, -isystem,
   -idirafter; for <...>: the same without the first two.  which.h exists in
   the -iquote, -I and -isystem directories; sys_only.h in -isystem and
   -idirafter; after_only.h only in -idirafter; quote_only.h only in -iquote
   (so <quote_only.h> would fail and is not tried). */
/* cpp-options: -iquote feature/order/q -Ifeature/order/i -isystem feature/order/s -idirafter feature/order/a */
#include "which.h"
#include <which.h>
#include <sys_only.h>
#include "sys_only.h"
#include <after_only.h>
#include "quote_only.h"
