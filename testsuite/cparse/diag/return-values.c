/* return statements against the function type (C11 6.8.6.4p1): gcc's
   errors for incompatible values, warnings (with a note at the name) for a
   value in a void function and none in a non-void one.  */
struct s { int a; } v;
int f1(void) { return v; }
struct s f2(void) { return 1; }
double *f3(void) { return 1.0; }
void f4(void) { return 1; }
int f5(void) { return; }
struct s f6(void) { return v; }
const int f7(void) { return 1; }
void f8(void) { return f4(); }
