/* Bad input: defined without an identifier. */
#if defined
#endif
