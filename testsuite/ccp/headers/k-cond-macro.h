/* k-cond-macro.c: a header that stops unless its includer defined K_ENDIAN
   (drivers/gpu/drm/amd/include/atombios.h and ATOM_BIG_ENDIAN); it only
   tests the name, never expands it. */
#ifndef K_COND_MACRO_H
#define K_COND_MACRO_H
#ifndef K_ENDIAN
#error K_ENDIAN not specified
#endif
#if defined(K_SWAPPED) || !defined K_ENDIAN
static inline int k_order(void) { return 1; }
#else
static inline int k_order(void) { return 0; }
#endif
#endif
