/* Void values used as truth values: conditions, ?:, && and || operands.  */
struct t { void (*fn)(void); void (*afn[2])(void); } tt, *pt;
typedef void (*fp)(void);
fp getfn(void);
fp afn[2];
void vv(void);
void (*pvv)(void);
int i;

int f1(void) { if (vv()) return 1; while (pvv()) ; do ; while ((void)i); for (; (vv()); ) ; return 0; }
int f2(void) { if (i ? vv() : vv()) return 1; if ((i, vv())) return 2; if (({ vv(); })) return 3; return 0; }

int a1(void) { return vv() && 1; }
int a2(void) { return (vv)() || 1; }
int a3(void) { return (*pvv)() && 1; }
int a4(void) { return pt->fn() && 1; }
int a5(void) { return (void)0 || 1; }
int a6(void) { return (i ? vv() : vv()) && 1; }
int a7(void) { return (i, vv()) && 1; }
int a8(void) { return (vv()) && 1; }
int a9(void) { return __extension__ vv() && 1; }
int a10(void) { return (pt->fn)() && 1; }
int a11(void) { return (tt.afn[0])() && 1; }
int a12(void) { return getfn()() || 1; }
int a13(void) { return afn[0]() && 1; }
int a14(void) { return ((vv))() && 1; }
int a15(void) { return (void)(vv()) && 1; }
int a16(void) { return (i ? (void)0 : vv()) && 1; }
int a17(void) { return __builtin_prefetch(&i) && 1; }
int a18(void) { return ((void)0, (void)0) && 1; }
int a19(void) { return (0, tt.fn)() && 1; }

int b1(void) { return 1 || vv(); }
int b2(void) { return 1 && (*pvv)(); }
int b3(void) { return i || (i, vv()); }
int b4(void) { return i || vv() || 1; }
int b5(void) { return i || vv() && 1; }
int b6(void) { return vv() && vv(); }
int b7(void) { return 1 && (tt.fn)(); }

int c1(void) { return vv() ? 1 : 2; }
int c2(void) { return (*pvv)() ? 1 : 2; }
int c3(void) { return (i, vv()) ?: 1; }
int c4(void) { return (i ? vv : vv)() ? 1 : 2; }
int c5(void) { return vv() ? 1 && vv() : 2; }
