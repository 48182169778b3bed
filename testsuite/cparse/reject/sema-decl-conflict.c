/* 6.7p4: incompatible redeclaration; gcc: "conflicting types". */
int f(int);
long f(int);
