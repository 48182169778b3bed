/* Old-style parameter declarations after a prototype.  */
int f(void) long y; { return 0; }
