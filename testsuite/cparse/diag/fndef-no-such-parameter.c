/* Old-style declarations for names that are no parameters.  */
int g() long z; { return 0; }
int h(a) long a; long b; { return a; }
