/* sizeof of a pointer-ized object in a static initializer is a constant:
   no address is needed, so no error. */
/* ccp-nm: T klpp_pu_f; U eup_big; r sz.0 */
struct big { char b[100]; };
extern struct big eup_big;

unsigned long pu_f(void)
{
	static const unsigned long sz = sizeof(eup_big);
	return sz + eup_big.b[0];
}
