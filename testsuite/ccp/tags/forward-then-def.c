/* A forward declaration and a later definition: a pointer use is
   satisfied by `struct s;`, a value use by the definition. */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g */
struct s;
int pu_g(struct s *p) { return p != 0; }
struct s { int v; };
int pu_f(struct s *p) { return p->v; }
