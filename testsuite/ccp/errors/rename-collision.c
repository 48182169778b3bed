/* The policy's name is taken and its RETRY answers never change it. */
/* ccp-options: --pol-cmd-rename-rewritten-fun=./same-name.sh */
/* ccp-error: collides with a name in the output */
int taken;
static int helper(void) { return 1; }
int pu_f(void) { return helper() + taken; }
