/* Bad input: a string literal without its closing quote (C11 6.4.5).
   gcc -E only warns (the compiler proper errors); kcarve must error. */
int a;
const char *s = "abc;
int b;
