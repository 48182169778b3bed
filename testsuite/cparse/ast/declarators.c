typedef int T;
struct S { T T; };
int (*fp[2])(T);
enum { T = 1 } e = T;
