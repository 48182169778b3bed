/* A macro redefined between two functions: the patched one sees the
   second definition, which is written after an #undef. */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g */
#define K 1
int pu_g(void) { return K; }
#undef K
#define K 2
int pu_f(void) { return K; }
