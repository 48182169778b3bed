/* An eligible header with static inline functions, as the kernel's. */
#define __kw_inline inline __attribute__((__gnu_inline__))
typedef struct { unsigned long v; } kw_t;
extern int eu_ext(int);

static __kw_inline kw_t *kw_offset(kw_t *base, unsigned long i)
{
	return base + eu_ext((int)i) * 2 + (int)(i >> 3);
}

static __kw_inline void kw_touch(kw_t *p)
{
	p->v = eu_ext((int)p->v);
}

static __kw_inline int kw_sum(int a, int b)
{
	return eu_ext(a) + b;
}

static __kw_inline void kw_note(int a)
{
	eu_ext(a);
}
#define KW_NOTE(a) kw_note(a)
