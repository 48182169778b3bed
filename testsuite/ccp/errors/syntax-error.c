/* A unit gcc rejects is not carved. */
/* ccp-error: error: */
int pu_f(void) { return 1 +; }
