/* A policy command that answers what the protocol does not allow. */
/* ccp-options: --pol-cmd-is-patched=./garbage.sh */
/* ccp-error: is-patched */
int pu_f(void) { return 0; }
