/* Real system headers through the target's built-in include directories
   (GCC manual "Directory Options": gcc's own include dir, then
   /usr/local/include, the multiarch dir, /usr/include): <limits.h> goes
   from gcc's directory to the C library's by #include_next, <stddef.h> and
   <stdarg.h> are gcc's own, <stdint.h> and <string.h> glibc's. */
#include <stddef.h>
#include <stdarg.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>
size_t n = INT_MAX + SIZE_MAX + UINT64_MAX + ENOENT;
