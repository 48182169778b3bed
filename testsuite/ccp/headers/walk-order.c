/* Under the default policy a header of the unit's own directory is not
   eligible: its needed text is written in its place, before the main
   file's own #define that follows the #include (the bundled demo's shape). */
/* ccp-options: --patched-functions=bump */
/* ccp-nm: T klpp_bump; U klpe_state */
#include "local_defs.h"

#ifdef NOT_SET
# define TRACE(s) (void)(s)
#else
# define TRACE(s) ((void)(s)->hits)
#endif

static struct ld_state state = { 0, 10 };

int bump(int by)
{
	state.hits = LD_MAX(state.hits + by, state.limit);
	TRACE(&state);
	return state.hits;
}
