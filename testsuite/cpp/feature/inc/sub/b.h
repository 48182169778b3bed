/* sub/b.h: includes "c.h", which exists both here and in inc/: this
   directory, the includer's, wins. */
in_sub_b_h
#include "c.h"
