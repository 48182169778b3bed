/* k-needs.c: a header that is not self-contained: it uses k_count_t and
   K_SCALE without including k-needs-types.h, and k_base() from the text
   that includes it. */
#ifndef K_NEEDS_BOX_H
#define K_NEEDS_BOX_H
struct k_box { k_count_t n; };
static inline k_count_t k_scaled(const struct k_box *b) { return b->n * K_SCALE + k_base(); }
#endif
