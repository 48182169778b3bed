/* a typedef name shadowed by an object is no type any more */
typedef int T;
void f(void) { T T; T x; }
