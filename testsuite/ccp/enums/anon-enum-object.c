/* An object of an anonymous enum type reached through a pointer, compared
   with one of its enumerators: the pointer's declaration, written from the
   object's, defines the enum once. */
/* ccp-nm: T klpp_pu_f; U eup_mode */
extern enum { MODE_A = 3, MODE_B } eup_mode;

int pu_f(void)
{
	return eup_mode == MODE_B;
}
