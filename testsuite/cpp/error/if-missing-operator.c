/* Bad input: two operands without an operator. */
#if 1 2
#endif
