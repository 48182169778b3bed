/* A static definition after an implicit (extern) declaration.  */
int f(void) { return foo(1); }
static int foo(int x) { return x; }
