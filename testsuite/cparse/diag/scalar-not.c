/* Logical negation of a structure, union, vector or void value.  */
struct s { int a; } v;
union u { int a; } w;
long vec __attribute__((vector_size(16)));
void vv(void);
void (*pvv)(void);
int i;

int f1(void) { return !v; }
int f2(void) { return !w; }
int f3(void) { return !vec; }
int f4(void) { return !vv(); }
int f5(void) { return !(vv()); }
int f6(void) { return ! (void)i; }
int f7(void) { return !pvv(); }
int f8(void) { return !(i, vv()); }
int f9(void) { return !({ vv(); }); }
int f10(void) { return !!v; }
int f11(void) { return !__extension__ vv(); }
