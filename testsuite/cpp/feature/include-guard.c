/* Include guards (cpp manual "Once-Only Headers"): a guarded header yields
   its text once; #if !defined(X) guards; a header whose #ifndef has an #else
   is not a plain guard and yields the #else text on re-inclusion; #undef of
   the guard macro lets the header in again. */
#include "inc/guard.h"
#include "inc/guard.h"
#include "inc/guard_defined.h"
#include "inc/guard_defined.h"
#include "inc/guard_else.h"
#include "inc/guard_else.h"
#include "inc/guard_else.h"
#undef GUARD_H
#include "inc/guard.h"
#include "inc/guard.h"
end
