/* -fmacro-prefix-map=OLD=NEW (GCC manual "Preprocessor Options"): __FILE__
   (and __BASE_FILE__) expansions starting with OLD get NEW instead, in the
   main file and in headers; maps apply to the original name, not to one
   another map already rewrote. */
/* cpp-options: -fmacro-prefix-map=feature/=src/ -fmacro-prefix-map=src/inc=never */
a: __FILE__ __BASE_FILE__
#include "inc/file2.h"
b: FILE_AT_DEFINITION
