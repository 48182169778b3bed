/* 6.7.10: a false static assertion. */
struct p { char c; int i; };
_Static_assert(sizeof(struct p) == 5, "no padding" " at all");
