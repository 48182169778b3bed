/* A policy command's ERROR: answer stops the carve and is reported. */
/* ccp-options: --pol-cmd-shall-externalize-obj=./error-answer.sh */
/* ccp-error: policy-error-answer.c:5:25: error: policy (shall-externalize-obj eu_obj): no symbol table for eu_obj */
extern int eu_obj;
int pu_f(void) { return eu_obj; }
