/* Bad input: #elif with no open conditional. */
int a;
#elif 1
