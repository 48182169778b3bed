typedef int T;
int x;
void f(void) { T * y; { int T; T * x; } }
