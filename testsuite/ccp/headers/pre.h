/* pre.h: pre-included with -include */
#define PRE_VALUE 11
typedef long pre_t;
