/* Bad input: #if with no expression at all. */
int a;
#if
yes
#endif
