/* A struct whose members depend on a configuration macro: the compiled
   definition is written, as it was compiled. */
/* ccp-cflags: -DCONFIG_STATS */
/* ccp-nm: T klpp_pu_f */
struct counters {
	int hits;
#ifdef CONFIG_STATS
	long misses;
#endif
};

long pu_f(struct counters *c)
{
	return c->hits;
}
