/* C2x attributes: GNU attributes first, then C2x ones: not after them in a declarator (gcc 12, gnu17). */
int x __attribute__((unused)) [[]];
