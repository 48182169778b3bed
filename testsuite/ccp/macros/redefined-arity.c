/* A function-like macro redefined with another parameter list: each
   function sees its own definition; both are written, with the #undef. */
/* ccp-nm: T klpp_pu_f; t klpr_old_way */
#define SCALE(x) ((x) * 2)
static int old_way(int x) { return SCALE(x); }
#undef SCALE
#define SCALE(x, k) ((x) * (k))

int pu_f(int x)
{
	return SCALE(x, 3) + old_way(x);
}
