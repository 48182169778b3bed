/* A policy command that exits 0 but answers nothing is a failure too. */
/* ccp-options: --pol-cmd-modify-patched-fun-sym=true */
/* ccp-error: policy-no-answer.c:4:1: error: policy command for modify-patched-fun-sym failed: printed no RESULT: line */
int pu_f(void) { return 0; }
