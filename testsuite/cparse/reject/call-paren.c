/* unbalanced parenthesis in a call */
void g(int, int);
void f(void) { g(1, 2; }
