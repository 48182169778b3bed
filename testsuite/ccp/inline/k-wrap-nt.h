/* An eligible header whose inline functions are notrace, as the kernel's
   `inline` is (include/linux/compiler_types.h). */
#define __nt_inline inline __attribute__((__gnu_inline__, __no_instrument_function__))
extern int eu_ext(int);

static __nt_inline int nt_scale(int *p, int x)
{
	return eu_ext(x) * 3 + p[x & 7] + eu_ext(x + 1);
}
