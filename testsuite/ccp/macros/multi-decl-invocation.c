/* An invocation that writes several declarations (a tracepoint's shape):
   kept whole, once; the generated static function keeps its pasted name. */
/* ccp-nm: T klpp_pu_f; U eu_probe_hits; t trace_open */
extern int eu_probe_hits;
#define DEFINE_TRACE(name)						\
	extern int eu_probe_hits;					\
	static inline void trace_##name(int v) { eu_probe_hits += v; }	\
	static inline int name##_enabled(void) { return 1; }

DEFINE_TRACE(open)
DEFINE_TRACE(close)

int pu_f(int v)
{
	trace_open(v);
	return v;
}
