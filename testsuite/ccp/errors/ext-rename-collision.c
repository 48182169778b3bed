/* The externalized name the policy gives is taken by another entity of
   the unit, and its RETRY answers never change it. */
/* ccp-options: --pol-cmd-modify-externalized-sym=./same-name-ext.sh */
/* ccp-error: ext-rename-collision.c:7:25: error: renaming 'eu_obj' to 'taken' collides with a name in the output */
int taken;
extern int eu_obj;
int pu_f(void) { return eu_obj + taken; }
