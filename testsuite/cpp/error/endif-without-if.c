/* Bad input: #endif with no open conditional. */
int a;
#endif
