/* A policy command that fails stops the carve: nothing is written. */
/* ccp-options: --pol-cmd-rename-rewritten-fun=false */
/* ccp-error: rename-rewritten-fun */
static int helper(void) { return 1; }
int pu_f(void) { return helper(); }
