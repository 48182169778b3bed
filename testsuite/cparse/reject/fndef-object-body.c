/* A body after an object declarator.  */
int o { }
