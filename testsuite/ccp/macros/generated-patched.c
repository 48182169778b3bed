/* A patched function whose name a macro pastes: its invocation is written
   expanded, renamed; the object the body pastes is copied. */
/* ccp-nm: T klpp_pu_get_a; d a_val */
int a_val = 1;
#define GETTER(n) int pu_get_##n(void) { return n##_val; }

GETTER(a)
