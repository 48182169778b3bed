/* Re-including an unguarded header under different macro definitions (the
   X-macro pattern, also how kernel trace headers build events), and an
   include path assembled by stringizing tokens, where a path component that
   is a predefined macro (linux, 1 in GNU modes) is replaced unless the
   stringizing happens before expansion. */
#define X(name, v) name = v,
enum color {
#include "inc/xlist.h"
};
#undef X
#define X(name, v) [v] = #name,
const char *names[] = {
#include "inc/xlist.h"
};
#undef X
#define STR_(x) #x
#define STR(x) STR_(x)
#define INC_PATH inc
#define HEADER(dir, name) STR(dir/name.h)
#include HEADER(INC_PATH, xlist_done)
path_a: STR(inc/linux/lx.h) STR_(inc/linux/lx.h)
#include STR_(inc/linux/lx.h)
