/* A library builtin (memcpy) is no declaration: outside a call its name is
   undeclared, while __builtin_memcpy is visible everywhere.  */
unsigned long a = sizeof(__builtin_memcpy);
unsigned long b = sizeof(memcpy);
