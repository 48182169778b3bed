/* case outside an expression */
int f(int x) { switch (x) { case : break; } return 0; }
