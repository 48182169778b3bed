/* A carved source for the klp-reloc conflict test (a.json, b.json): never built. */
int ga(void);
int ga(void) { return 0; }
