/* An externalized object whose declaration defines its anonymous enum type
   (drivers/char/random.c: static enum { CRNG_EMPTY, ... } crng_init), with
   an initializer: the pointer's declaration, written from the object's,
   defines the enum once (its enumerators with it); the object's own
   declaration is not kept, so no instance of the patch's own is made and
   no enumerator is declared twice.  A tagged one the same. */
/* ccp-nm: T klpp_pu_f; U klpe_espr_state; U klpe_espr_mode */
static enum {
	K_EMPTY = 0,
	K_READY = 2
} espr_state = K_EMPTY;

static enum k_mode { K_OFF, K_ON } espr_mode = K_ON;

int pu_f(void)
{
	return espr_state == K_READY && espr_mode == K_ON;
}
