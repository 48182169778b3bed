/* demo.c: the bundled example translation unit.  `demo_bump` is the
 * function a live patch will replace. */
#include "demo.h"

#ifdef CONFIG_DEMO_VERBOSE
# define DEMO_TRACE(s) DEMO_PR("bump %d", (s)->hits)
#else
# define DEMO_TRACE(s) do { } while (0)
#endif

static struct demo_state state = { .hits = 0, .limit = 10 };

int demo_bump(int by)
{
	state.hits = DEMO_MAX(state.hits + by, state.limit);
	DEMO_TRACE(&state);
	return state.hits;
}
