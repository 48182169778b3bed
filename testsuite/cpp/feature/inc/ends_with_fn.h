#define FN(x) [x]
FN