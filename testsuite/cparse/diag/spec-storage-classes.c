/* Storage classes that cannot go together (C11 6.7.1p2): gcc reports them
   at the first token of the line holding the offending specifier.  */
int static extern a;
static static int b;
typedef typedef int c;
  int q; extern static int d;
int r; static
  extern int s;
_Thread_local _Thread_local int e;
typedef _Thread_local int f;
__thread static int g;
void h(void) { auto register int i; }
int k(register int static x);
#define SE static extern
  SE int m;
