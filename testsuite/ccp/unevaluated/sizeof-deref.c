/* sizeof of a dereferenced pointer needs the pointed-to struct complete,
   though nothing is read. */
/* ccp-nm: T klpp_pu_f */
struct frame { int regs[16]; };

unsigned long pu_f(struct frame *f)
{
	return sizeof(*f);
}
