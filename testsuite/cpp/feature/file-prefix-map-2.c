/* -ffile-prefix-map=OLD=NEW implies -fmacro-prefix-map; the last matching
   -fmacro-prefix-map given too; when both match, gcc -E decides (here the
   -ffile-prefix-map one applies). */
/* cpp-options: -ffile-prefix-map=feature=F -fmacro-prefix-map=feature/inc=HDRS */
a: __FILE__
#include "inc/file2.h"
