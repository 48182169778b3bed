/* Objects with static storage take constant initializers (C11 6.7.9p4):
   reading an object, calling a function or sizing a VLA is not constant;
   addresses, address arithmetic and casts of addresses are.  */
int n;
int s1 = n;
int s2 = n + 1;
int s3 = sizeof(int[n]);
int s4[2] = {n};
int *s5 = &n + n;
int f(void);
int s6 = f();
int s7 = (n, 1);
int *p;
int *s8 = &p[1];
int s9 = p[1];
struct S { int a; } *sp, sv;
int *s10 = &sp->a;
int *s11 = &sv.a;
long ok1 = (long)&n;
int a3[3];
int *ok2 = &a3[1];
int *ok3 = &sv.a + 1;
void (*ok4)(void) = (void (*)(void))f;
void g(void)
{
  static int k;
  static int s12 = k;
  int auto_ok = k;
  (void)auto_ok;
}
struct P { int a; int b[2]; struct { int c; } in; } ps = { 1, { 2, n }, { n } };
int da[4] = { [2] = n };
struct P pd = { .in.c = n, .b[1] = n };
int sb = { n };
