/* Bad input: #include <...> of a header on no search path. */
#include <no_such_system_header_kcarve.h>
