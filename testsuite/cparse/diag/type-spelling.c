/* Type names in diagnostics as gcc 12 spells them: int[3], int(char),
   char * (*)(void), int (*(*)(int))[4].  */
int a[3]; int (*pf)(char); int (*pa)[3]; char *(*fp2)(void); const int ca[2];
char * const (*fp3)(void); int *ap[3]; int (*(*x)(int))[4]; int (*fa[2])(void); int m[2][3];
extern int f1(char); extern char *f2(int); extern int f3(); extern int (*f4(void))[2]; extern int f5(int, ...);
struct s { int x; } v;
void t(void) { v = a; v = pf; v = pa; v = fp2; v = ca; v = t; v = fp3; v = ap; v = x; v = fa; v = m; v = &m;
 v = &f1; v = &f2; v = &f3; v = &f4; v = &f5; v = &a; v = &ap; }
