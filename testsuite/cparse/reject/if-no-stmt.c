/* if without a statement */
int f(void) { if (1) }
