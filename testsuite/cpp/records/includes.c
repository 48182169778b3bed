/* Records of the include tree: a header with an include guard and one with
   #pragma once, each included twice; the second inclusions are skipped and
   say why. */
#include "inc/guarded.h"
#include "inc/once.h"
#include "inc/guarded.h"
#include "inc/once.h"
int end;
