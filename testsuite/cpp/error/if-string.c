/* Bad input: a string literal in #if. */
#if "abc"
#endif
