/* Void statement expressions as truth values: gcc places the error at the one expression statement, else at the '{'.  */
void vv(void);
int i;

int a1(void) { return ({ vv(); }) && 1; }
int a2(void) { return ({ (void)0; }) && 1; }
int a3(void) { return ({ i, vv(); }) && 1; }
int a4(void) { return ({ i; (void)0; }) && 1; }
int a5(void) { return ({ int x; vv(); }) && 1; }
int a6(void) { return ({ int x = 1; vv(); }) && 1; }
int a7(void) { return ({ typedef int T; vv(); }) && 1; }
int a8(void) { return ({ struct q { int a; }; vv(); }) && 1; }
int a9(void) { return ({ i; i; vv(); }) && 1; }
int a10(void) { return ({ { vv(); } }) && 1; }
int a11(void) { return ({ _Static_assert(1, ""); vv(); }) && 1; }
int a12(void) { return ({ ; vv(); }) && 1; }
int a13(void) { return ({ x: vv(); }) && 1; }
int a14(void) { return ({}) && 1; }
int a15(void) { return ({ ; }) ? 1 : 2; }
int a16(void) { return 1 || ({ int x; }); }
int a17(void) { return 1 || ({ if (i) vv(); vv(); }); }
