/* k-needs.c: a self-contained header of types. */
#ifndef K_NEEDS_TYPES_H
#define K_NEEDS_TYPES_H
typedef int k_count_t;
#define K_SCALE 3
#endif
