/* Structures and unions where a scalar is required: conditions, ?:, &&, ||.  */
struct s { int a; } v, *ps, as[2];
union u { int a; float f; } w;
struct t { struct s m; } tt, *pt;
struct s fs(void);
int i;

int f1(void) { if (v) return 1; return 0; }
int f2(void) { while (w) ; return 0; }
int f3(void) { do ; while (v); return 0; }
int f4(void) { for (; w; ) ; return 0; }
int f5(void) { for (i = 0; (v); i++) ; return 0; }
int f6(void) { if (i, v) return 1; return 0; }
int f7(void) { if (*ps) return 1; if (pt->m) return 2; if (tt.m) return 3; return 0; }
int f8(void) { if (fs()) return 1; if (as[1]) return 2; return 0; }
int f9(void) { if ((struct s){1}) return 1; if (i ? v : v) return 2; return 0; }
int f10(void) { if (({ v; })) return 1; if (v = v) return 2; return 0; }

int g1(void) { return v ? 1 : 2; }
int g2(void) { return (w) ? 1 : 2; }
int g3(void) { return fs()  ?  1 : 2; }
int g4(void) { return i ? v ? 1 : 2 : 3; }
int g5(void) { return tt.m ?: 1; }
int g6(void) { return i, w ? 1 : 2; }

int h1(void) { return v && 1; }
int h2(void) { return w || 1; }
int h3(void) { return (v) && 1; }
int h4(void) { return tt.m || 1; }
int h5(void) { return 1 || v && 1; }
int h6(void) { return i || (w) && 1; }
int h7(void) { return i ? 1 : v && i; }
int h8(void) { return v && v; }

int k1(void) { return 1 && v; }
int k2(void) { return i || w; }
int k3(void) { return i && v && 1; }
int k4(void) { return i + 1 && 1 || v; }
int k5(void) { return i == 1 || v || 1; }
int k6(void) { return *ps || pt->m; }
int k7(void) { _Bool b = 0; double d = 0; int *p = 0; return b && v || d && w || p && v; }
int k8(void) { return as && v; }
