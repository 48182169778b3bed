/* An enumerator used: its enum is kept whole. */
/* ccp-nm: T klpp_pu_f */
enum color { RED, GREEN = 5, BLUE };
enum other { X, Y };

int pu_f(void)
{
	return GREEN + BLUE;
}
