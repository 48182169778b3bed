/* end of input after a declarator */
int x
