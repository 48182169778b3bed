/* twice_internal.h: an ineligible header with an include guard. */
#ifndef TWICE_INTERNAL_H
#define TWICE_INTERNAL_H
struct tw { int a; };
#endif
