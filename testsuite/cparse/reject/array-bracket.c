/* missing bracket in an array declarator */
int a[3;
