/* 6.7.9p7: a designator names a member of the current object. */
struct point { int x, y; };
struct point p = { .x = 1, .z = 2 };
