/* -w: no warning is shown, nor the notes that go with one; errors are.
   cparse-options: -w */
int f(void) { return g(); }
struct inc a = { 0, 1 };
static void b;
extern int c = 1;
