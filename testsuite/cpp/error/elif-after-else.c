/* Bad input: #elif after #else. */
#ifdef X
#else
#elif 1
#endif
