/* A patched function only declared here. */
/* ccp-options: --patched-functions=declared_only */
/* ccp-error: no-body.c:4:5: error: patched function 'declared_only' has no body here */
int declared_only(int);
int present(void) { return declared_only(1); }
