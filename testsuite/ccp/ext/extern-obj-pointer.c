/* eup_ objects through pointers: an array and a struct object. */
/* ccp-nm: T klpp_pu_f; U eup_tab; U eup_cfg */
struct cfg { int level; char name[8]; };
static int eup_tab[16];
struct cfg eup_cfg = { 1, "x" };

int pu_f(int i)
{
	return eup_tab[i] + eup_cfg.level + sizeof(eup_tab);
}
