/* Bad input: #include with nothing usable after it. */
#include
int a;
