/* A prototype definition followed by an unprototyped declaration.  */
int f(char c) { return c; }
int f();
