/* lib.h: an eligible header */
#ifndef LIB_H
#define LIB_H
#define LIB_MAX 64
struct lib_obj { int size; };
extern int eu_lib_call(struct lib_obj *o);
static inline int lib_inline(int x) { return x + LIB_MAX; }
#endif
