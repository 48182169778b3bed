/* A copied function named by a paste of a macro argument
   (drivers/net/ethernet/brocade/bna: bfa_fsm_set_state(fsm, state) calls
   state ## _entry): the invocation is written expanded, and the argument's
   own rename goes with it — the paste's text is not the argument's. */
/* ccp-nm: T klpp_pu_f; t klpr_s_down; t klpr_s_down_entry */
#define SET_STATE(_fsm, _state) do {		\
	(_fsm)->fn = (_state);			\
	_state ## _entry(_fsm);			\
} while (0)

struct m { void (*fn)(struct m *); };

static void s_down_entry(struct m *x) { x->fn = 0; }
static void s_down(struct m *x) { (void)x; }

void pu_f(struct m *x)
{
	SET_STATE(x, s_down);
}
