/* empty initializer expression */
int x = ;
