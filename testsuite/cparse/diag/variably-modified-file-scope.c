/* Variably modified types are not allowed at file scope (C11 6.7.6.2p2):
   objects, pointers to VLAs, typedefs, members, function results.  In a
   block they are fine.  */
int n = 3;
int vla[n];
static int (*pv)[n];
typedef int T[n];
struct s { int a[n]; };
int (*fr(void))[n];
extern int ev[n];
int (*pp)[n] = 0, q;
void f(int a[n]);
void g(int m) { int (*p)[m]; typedef int U[m]; struct t { int a[m]; }; }
