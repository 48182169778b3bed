/* sizeof of a pointer to a struct needs only the tag declared. */
/* ccp-nm: T klpp_pu_f */
struct blob { char data[4096]; };

unsigned long pu_f(void)
{
	return sizeof(struct blob *);
}
