/* __LINE__ after everything that consumes lines without producing them: a
   multi-line block comment, spliced lines, a multi-line macro invocation,
   a skipped #if 0 group, an #include, a multi-line directive, and a long
   run of blank lines (gcc -E prints those as a line marker). */
a: __LINE__
/* one
   two
   three */ b: __LINE__
c: __LINE__ \
   \
   __LINE__
#define F(x, y) x y
F(1,
  2
  ) d: __LINE__
#if 0
skipped
lines
#endif
e: __LINE__
#include "inc/c.h"
f: __LINE__
#define LONG 1 + \
  2 + \
  3
g: __LINE__ LONG













h: __LINE__
#define WL() __LINE__
i: WL(
) WL()
