/* cond_b.h: the variant included otherwise. */
typedef long cond_val_t;
