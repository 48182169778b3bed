/* sizeof of a struct type needs its definition. */
/* ccp-nm: T klpp_pu_f */
struct hdr { int len; short flags; };
struct unrelated { int z; };

unsigned long pu_f(void)
{
	return sizeof(struct hdr);
}
