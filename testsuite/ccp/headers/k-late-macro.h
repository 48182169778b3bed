/* k-late-macro.c: a header that redefines the name K_I as a macro (as
   trace/events/ext4.h does EXT4_I) and uses the unit's k_blk_t. */
#ifndef K_LATE_MACRO_H
#define K_LATE_MACRO_H
#define K_I(x) ((x) + 1)
static inline k_blk_t k_blk(k_blk_t b) { return b * 2; }
#endif
