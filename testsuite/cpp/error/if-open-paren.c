/* Bad input: #if with an unclosed parenthesis. */
#if (
yes
#endif
