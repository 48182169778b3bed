/* A policy command that answers but exits non-zero is a failure. */
/* ccp-options: --pol-cmd-is-patched=./answer-and-fail.sh */
/* ccp-error: policy-exit-status.c:4:1: error: policy command for is-patched failed: exited with status 3 */
int pu_f(void) { return 0; }
