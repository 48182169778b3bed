/* C2x attributes: inside an expression (gcc 12, gnu17). */
int x = ([[]] 1);
