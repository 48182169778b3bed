/* A static local the policy keeps stays in the function; its struct
   type is needed complete. */
/* ccp-nm: T klpp_pu_f; b last.0 */
struct sample { long when; int value; };

int pu_f(int v)
{
	static struct sample last;
	int prev = last.value;
	last.value = v;
	return prev;
}
