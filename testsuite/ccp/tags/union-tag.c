/* Unions like structs. */
/* ccp-nm: T klpp_pu_f */
union val { int i; float f; };

float pu_f(union val *u)
{
	return u->f;
}
