/* C90: a return without a value in an int function is allowed.
   cparse-options: -std=gnu89 */
int f5(void) { return; }
void f4(void) { return 1; }
