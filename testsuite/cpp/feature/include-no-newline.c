/* A header whose last line has no newline: its last token stays apart from
   the includer's next token, and a directive right after the #include is
   still at the start of a line. */
#include "inc/no_newline.h"
;
#include "inc/no_newline.h"
#define AFTER after
AFTER
