/* A void value returned from a function with a return value; none from a void function.  */
void vv(void);
void (*pvv)(void);
struct s { int a; } v;
int i;
int r1(void) { return vv(); }
int r2(void) { return (vv)(); }
int r3(void) { return (i, vv()); }
int r4(void) { return (void)0; }
int r5(void) { return ({ vv(); }); }
struct s r6(void) { return vv(); }
void r7(void) { return vv(); }
int *r8(void) { return (*pvv)(); }
double r9(void) { return i ? vv() : vv(); }
_Bool r10(void) { return vv(); }
int r11(void) { return 1 || i ? vv() : vv(); }
const int r12(void) { return ({ int x = 1; vv(); }); }
int r13(void) { void in(void) { return vv(); } return vv(); }
