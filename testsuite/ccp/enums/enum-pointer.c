/* A pointer to an enum still needs the enum's definition: C has no
   incomplete enum types. */
/* ccp-nm: T klpp_pu_f */
enum mode { M_OFF, M_ON };

int pu_f(enum mode *m)
{
	return m != 0;
}
