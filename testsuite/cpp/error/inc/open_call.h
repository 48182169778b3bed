#define G(x, y) x y
int h = G(1,
