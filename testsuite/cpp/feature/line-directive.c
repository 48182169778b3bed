/* #line (C11 6.10.4) and GCC's line markers: __LINE__ and __FILE__ follow
   them; the line number applies to the next source line; the operands may be
   macros; a header entered afterwards has its own name and the numbering
   continues after it. */
a __LINE__ __FILE__
#line 100
b __LINE__ __FILE__
c __LINE__
#line 200 "renamed.c"
d __LINE__ __FILE__
#define LN 300
#define FN "macro-named.c"
#line LN FN
e __LINE__ __FILE__
# 400 "marker.c"
f __LINE__ __FILE__
# 500
g __LINE__ __FILE__
#include "inc/file_line.h"
h __LINE__ __FILE__
#line 2147483647
i __LINE__
