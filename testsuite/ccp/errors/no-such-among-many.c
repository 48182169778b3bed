/* One of several --patched-functions names does not exist. */
/* ccp-options: --patched-functions=present,absent */
/* ccp-error: kcarve: error: patched function 'absent' is not declared in this translation unit */
int present(void) { return 0; }
