/* An undeclared identifier at file scope: "undeclared here (not in a function)". */
int x = 1;
int y = x0 + 1;
