/* A pointer to function cannot be defined.  */
int (*fp)(int) long c; { }
