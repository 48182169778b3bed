/* __has_include_next: from a header found in the first -I directory, it asks
   about the directories after that one; in the main file it behaves like
   __has_include. */
/* cpp-options: -Ifeature/next/d1 -Ifeature/next/d2 -Ifeature/next/d3 */
#if __has_include_next(<n.h>)
main_file_ok
#endif
#include <hn.h>
