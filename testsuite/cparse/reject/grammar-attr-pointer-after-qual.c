/* C2x attributes: after a pointer's qualifiers (gcc 12, gnu17). */
int * const [[gnu::unused]] p;
