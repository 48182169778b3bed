/* The implicit declaration lives in its block: out of it, foo is undeclared.  */
int f(void) { { foo(1); } return foo; }
int foo(int x);
