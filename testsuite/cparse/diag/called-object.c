/* Calling an object that is not a function.  */
int f(void) { int foo = 1; { foo(1); } return 0; }
