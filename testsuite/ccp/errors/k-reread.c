/* A function a macro writes while a header is read the second time (the
   trace-event machinery: define_trace.h reads include/trace/events/X.h again
   under other definitions, and trace_event_raw_event_X, perf_trace_X and
   __traceiter_X come out of that reading) cannot be patched on its own:
   refused, no output. */
/* ccp-options: --patched-functions=gen_f */
/* ccp-error: cannot patch 'gen_f': a macro writes it while k-reread.h is read again */
#include "k-reread.h"
#undef EVENT
#define EVENT(n) int gen_##n(void) { return 1; }
#include "k-reread.h"

int use(void)
{
	return gen_f();
}
