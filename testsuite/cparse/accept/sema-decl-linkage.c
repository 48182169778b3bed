/* Linkage and redeclarations (C11 6.2.2, 6.7p4, 6.9.2) as gcc 12 accepts
   them, with the kernel's inline patterns (gcc manual 6.45). */

/* static, then defined without storage class: internal linkage stays. */
static int helper(int);
int helper(int x) { return x + 1; }

/* A function declared several times; the composite type gains the array size. */
extern int table[];
extern int table[4];
int table[] = { 1, 2, 3, 4 };
_Static_assert(sizeof table == 4 * sizeof(int), "composite array type");

/* Tentative definitions (6.9.2): any number, at most one initializer. */
int tent;
int tent;
int tent = 3;
int tent;
static int stent;
static int stent;

/* Old-style declaration, then a prototype with promoted parameter types. */
int old();
int old(int, double);
int old(int a, double b) { return a + (int)b; }

/* Block-scope extern names the file-scope object (6.2.2p4). */
int counter;
int bump(void)
{
  extern int counter;
  int counter_copy = counter;
  {
    int counter = 7;     /* hides it */
    {
      extern int counter;   /* the file-scope one again */
      counter += counter_copy;
    }
    return counter;
  }
}

/* A block-scope function declaration, then the definition. */
int user(void) { int later_fn(int); return later_fn(2); }
int later_fn(int v) { return v * 2; }

/* gnu_inline extern inline: an inline-only body, then the real one. */
extern inline __attribute__((gnu_inline)) int twice(int x) { return 2 * x; }
int twice(int x) { return x + x; }

/* The kernel's static inline helpers, declared before use. */
static inline int sq(int x);
static inline int sq(int x) { return x * x; }
static inline __attribute__((__gnu_inline__)) int cube(int x) { return x * sq(x); }

/* typedef redeclared with the same type (C11 6.7p3). */
typedef unsigned long ulong_t;
typedef unsigned long ulong_t;

/* Qualifiers of a return type do not matter (DR 423). */
const int cret(void);
int cret(void);

/* Parameters: arrays and functions adjust to pointers (6.7.6.3p7-8). */
void take(int a[10], int (*cb)(int), char m[static 4]);
void take(int a[10], int cb(int), char m[static 4]) { (void)a; (void)cb; (void)m; }

/* K&R definition. */
int kr(a, b)
  int a;
  char *b;
{
  return a + *b;
}

/* Variably modified parameter using an earlier parameter. */
int vla(int n, int m[n][n]) { return sizeof m[0] / sizeof m[0][0]; }

/* Nested functions (gcc 6.4) and their own labels. */
int outer(int x)
{
  auto int inner(int);
  int inner(int y) { if (y) goto done; return 0; done: return y + x; }
  return inner(x);
}

/* gcc: a definition with implicit int takes the return type of an earlier
   declaration (gcc.c-torture/compile/20060109-1.c). */
static void cb(int);
cb(int x) { (void)x; }

/* A transparent-union parameter matches a member type (gcc 6.35.1). */
typedef union { const int *ip; const long *lp; } arg_u __attribute__((transparent_union));
int tfun(arg_u a);
int tfun(const int *p) { return *p; }
