/* #error inside a header, inside an active conditional. */
#include "inc/has_error.h"
