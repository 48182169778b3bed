/* eu_ objects: an external object keeps its declaration. */
/* ccp-nm: T klpp_pu_f; U eu_counter */
extern int eu_counter;
int other_counter;

int pu_f(void)
{
	return eu_counter++;
}
