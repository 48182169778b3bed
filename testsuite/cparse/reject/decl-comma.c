/* missing declarator after the last comma */
int a, ;
