/* Bad input: division by zero evaluated in #if. */
#if 1 / 0
#endif
