/* Bad input: a block comment that never ends (C11 6.4.9p1). */
int a;
/* this comment
   is never closed
int b;
