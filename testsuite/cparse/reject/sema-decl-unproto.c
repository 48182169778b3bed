/* 6.7.6.3p15: an empty parameter list cannot match an ellipsis or a promoted type. */
int f();
int f(char);
