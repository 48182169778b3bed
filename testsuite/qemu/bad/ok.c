/* A carved source for the negative generator tests: never built. */
int g(void);
int g(void) { return 0; }
