/* A union only pointed to needs only `union tag;`. */
/* ccp-nm: T klpp_pu_f */
union payload { long l; double d; char raw[64]; };

void *pu_f(union payload *p)
{
	return p ? (void *)p : 0;
}
