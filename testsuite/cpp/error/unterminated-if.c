/* Bad input: #if never closed (C11 6.10.1: groups nest within a file). */
int a;
#if 1
int b;
