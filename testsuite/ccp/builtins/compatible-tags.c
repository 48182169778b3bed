/* __builtin_types_compatible_p on pointers to structs: only the tags
   need to be declared. */
/* ccp-nm: T klpp_pu_f */
struct a { int x; };
struct b { int x; };

int pu_f(void)
{
	return __builtin_types_compatible_p(struct a *, struct b *);
}
