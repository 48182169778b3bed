/* A file-local header (not eligible: "internal"), whose static inline
   helpers the carve copies, with the kernel's `inline`. */
#define inline inline __attribute__((__gnu_inline__)) __attribute__((__unused__)) __attribute__((__no_instrument_function__))
extern int eu_ext(int);

static inline int pi_scale(int *p, int x)
{
	return eu_ext(x) * 3 + p[x & 7] + eu_ext(x + 1);
}

static inline int pi_mix(int a, int b)
{
	return eu_ext(a) ^ b;
}
