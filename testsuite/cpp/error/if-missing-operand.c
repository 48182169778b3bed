/* Bad input: #if with a binary operator missing its right operand. */
#if 1 +
yes
#endif
