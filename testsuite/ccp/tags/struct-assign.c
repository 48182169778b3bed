/* Assigning one struct to another needs its complete type, and the
   complete types of its members in turn; a pointer member needs nothing
   (the member's own text declares its tag). */
/* ccp-nm: T klpp_pu_f */
struct owner;
struct range { long lo, hi; };
struct span { struct range r; struct owner *by; };
struct owner { int id; };

void pu_f(struct span *dst, const struct span *src)
{
	*dst = *src;
}
