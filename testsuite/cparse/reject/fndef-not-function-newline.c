/* The same with the next token on the next line: the error stays just
   past the declarator.  */
int *nl
  long d;
