imacros_tokens_are_dropped
#define FROM_IMACROS 2
#define IMAC_FN(x) (x * FROM_IMACROS)
