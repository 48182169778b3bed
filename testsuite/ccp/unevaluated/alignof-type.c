/* _Alignof of a struct type needs its definition, which needs its
   members' types complete. */
/* ccp-nm: T klpp_pu_f */
struct inner { double d; };
struct outer { char c; struct inner in; };

unsigned long pu_f(void)
{
	return _Alignof(struct outer);
}
