/* A declarator that declares no function, then old-style declarations:
   gcc wants the declaration to end just past the declarator.  */
int x long y;
