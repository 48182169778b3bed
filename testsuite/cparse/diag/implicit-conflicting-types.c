/* An implicit declaration is int (): a later incompatible declaration
   conflicts with it, and the note says "implicit declaration".  */
int f(void) { return foo(1); }
int g(void) { return foo(2); }
char *foo(int);
