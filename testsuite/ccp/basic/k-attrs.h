/* A header declaring the patched functions with attributes that shape
   their code, as include/linux/uaccess.h declares copy_to_user_nofault(). */
#define notrace __attribute__((__no_instrument_function__))
extern int eu_ext(int);
long notrace pu_f(long x);
int pu_g(int x) __attribute__((__cold__, __warn_unused_result__)) notrace;
