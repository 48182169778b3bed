/* typeof of an object: its type is needed, and the object declared. */
/* ccp-nm: T klpp_pu_f */
struct item { int id; };
extern struct item eu_items[4];

int pu_f(void)
{
	typeof(eu_items[0]) copy = { 3 };
	return copy.id;
}
