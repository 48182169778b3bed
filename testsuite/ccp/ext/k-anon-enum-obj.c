/* An externalized object whose declaration defines its anonymous enum type
   (drivers/char/random.c: static enum { CRNG_EMPTY, ... } crng_init): the
   declaration is kept for the enumerators, and the pointer is declared with
   the enum's compatible integer type, not a second enum body that would
   redeclare them.  A tagged one is declared as `enum tag`.  (The kept
   declarations still define unused instances of their own: known.) */
/* ccp-nm: T klpp_pu_f; U klpe_espr_state; U klpe_espr_mode; b espr_state; d espr_mode */
static enum {
	K_EMPTY = 0,
	K_READY = 2
} espr_state = K_EMPTY;

static enum k_mode { K_OFF, K_ON } espr_mode = K_ON;

int pu_f(void)
{
	return espr_state == K_READY && espr_mode == K_ON;
}
