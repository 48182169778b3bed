/* a.h: included by "inc/a.h" from feature/; includes a sibling by a path
   relative to its own directory (the includer's directory comes first). */
in_a_h
#include "sub/b.h"
