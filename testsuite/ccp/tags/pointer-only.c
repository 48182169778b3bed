/* A struct used only through pointers needs only `struct tag;`. */
/* ccp-nm: T klpp_pu_f */
struct big { int a[100]; struct big *next; };
struct other { int x; };

struct big *pu_f(struct big *p)
{
	return p;
}
