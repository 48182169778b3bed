/* A static local named espr_: reached through a pointer renamed
   klpe_espr_calls; its declaration leaves the function. */
/* ccp-nm: T klpp_pu_f; U klpe_espr_calls */
int pu_f(void)
{
	static int espr_calls;
	return ++espr_calls;
}
