/* missing semicolon after an initialized declaration */
int f(void) { int x = 1 }
