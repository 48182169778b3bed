in_header: __FILE__ __LINE__ __BASE_FILE__ __INCLUDE_LEVEL__
#include "file2.h"
back_in_header: __FILE__ __LINE__
