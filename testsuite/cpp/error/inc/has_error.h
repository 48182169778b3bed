#ifndef HAS_ERROR_H
#define HAS_ERROR_H
#if 1
# error from the header
#endif
#endif
