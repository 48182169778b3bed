/* Bad input: __has_include without its parenthesized operand. */
#if __has_include "x.h"
#endif
