/* Bad input: #if (1 without its ). */
#if (1
yes
#endif
