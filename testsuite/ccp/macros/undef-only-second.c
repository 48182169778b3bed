/* Only the second definition is needed: the first is not written, nor the
   #undef that separated them. */
/* ccp-nm: T klpp_pu_f */
#define K 1
int g(void) { return K; }
#undef K
#define K 2
int pu_f(void) { return K; }
