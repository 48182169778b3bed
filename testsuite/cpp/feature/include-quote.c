/* #include "..." (C11 6.10.2p3; cpp manual "Search Path"): the file is looked
   up first in the directory of the file containing the directive, then along
   the search path; a comment or white space after the header name is fine. */
first
#include "inc/a.h"
between
#  include   "inc/c.h"   /* trailing comment */
#include"inc/sub/c.h"
last
