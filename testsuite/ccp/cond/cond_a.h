/* cond_a.h: the variant included when USE_A is defined. */
typedef int cond_val_t;
