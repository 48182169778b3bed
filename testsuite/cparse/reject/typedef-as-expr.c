/* type name where an expression is needed */
typedef int T;
int x = T + 1;
