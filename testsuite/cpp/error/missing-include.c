/* Bad input: #include of a file that does not exist (C11 6.10.2). */
int a;
#include "no_such_header.h"
int b;
