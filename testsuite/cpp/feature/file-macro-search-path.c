/* __FILE__ of headers found on the search path: the -I directory as spelled
   (a trailing slash or ./ kept as GCC keeps it) joined with the name. */
/* cpp-options: -Ifeature/inc/ -I./feature/order/i */
#include <file2.h>
#include <i_file.h>
a: __FILE__
