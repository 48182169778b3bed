/* --patched-functions names an object, not a function. */
/* ccp-options: --patched-functions=counter */
/* ccp-error: patched-is-object.c:4:5: error: patched function 'counter' is not a function */
int counter;
int present(void) { return counter; }
