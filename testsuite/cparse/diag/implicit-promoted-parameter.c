/* A prototype with a promoted parameter cannot match the implicit int ().  */
int f(void) { return foo(1); }
int foo(char x) { return x; }
