/* A carved source for the klp-reloc conflict test (a.json, b.json): never built. */
int gb(void);
int gb(void) { return 0; }
