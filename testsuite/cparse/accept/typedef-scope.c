/* Typedef names and their scopes (C11 6.2.1, 6.7.8): shadowing by objects,
   enumerators and parameters, `T T` member and declarator names. */
typedef int T;
int x;
struct S { T T; int U; };
void f(T a, int T) { T * x; }
void g(void) { { int T = 2; T * x; } T y = 1; (void)y; }
void h(void) { enum { T = 3 }; int z = T * x; (void)z; }
void k(void) { typedef char T; T c = 1; { T T = 2; (void)T; } T d = c; (void)d; }
void m(void) { for (int T = 0; T < 2; T++) T * x; T after = 0; (void)after; }
int n(int (T), T u);
void p(T T);
T q(T); T r(T(T));
struct S2 { unsigned T : 4; };
void lab(int x) { goto T; T: x++; { U: ; } }
typedef int U;
struct S3 { U : 3; U u : 2; };
void lab2(void) { U: ; }
