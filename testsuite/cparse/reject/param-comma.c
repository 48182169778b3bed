/* trailing comma in a parameter list */
int f(int a,) { return a; }
