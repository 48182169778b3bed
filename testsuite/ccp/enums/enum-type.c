/* An enum used as a type. */
/* ccp-nm: T klpp_pu_f */
enum mode { M_OFF, M_ON };

int pu_f(enum mode m)
{
	return m == M_ON;
}
