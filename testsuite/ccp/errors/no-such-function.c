/* --patched-functions names a function that does not exist. */
/* ccp-options: --patched-functions=missing */
/* ccp-error: patched function 'missing' is not declared */
int present(void) { return 0; }
