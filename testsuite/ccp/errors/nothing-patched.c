/* No function of the unit is patched under the toy policy. */
/* ccp-error: no function of this translation unit is patched */
int f(void) { return 0; }
