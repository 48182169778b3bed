/* Bad input: a character constant without its closing quote (C11
   6.4.4.4).  gcc -E only warns; kcarve must error. */
int a;
int c = 'x;
int b;
