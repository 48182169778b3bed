/* #pragma once (cpp manual "Alternatives to Wrapper #ifndef"): a header is
   entered once however it is named (different relative paths to the same
   file); the pragma may come after tokens, or be written _Pragma("once");
   it does not appear in -E output. */
/* cpp-options: -Ifeature */
#include "inc/once.h"
#include "inc/once.h"
#include "inc/../inc/once.h"
#include <inc/once.h>
#include "inc/once_late.h"
#include "inc/once_late.h"
#include "inc/once_op.h"
#include "inc/once_op.h"
end
