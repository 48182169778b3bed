/* Bad input: a malformed #elif that has to be evaluated. */
#if 0
#elif (1 +
#endif
