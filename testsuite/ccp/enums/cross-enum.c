/* An enumerator whose value names another enum's enumerator: both enums
   are written, the unrelated one is not. */
/* ccp-nm: T klpp_pu_f */
enum first { F_A, F_B, F_LAST };
enum unrelated { U_X };
enum second { S_A = F_LAST + 1, S_B };

int pu_f(void)
{
	return S_B;
}
