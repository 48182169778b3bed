/* b_internal.h */
struct b_t { int v; };
struct b_unused { int w; };
