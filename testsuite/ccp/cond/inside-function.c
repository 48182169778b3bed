/* Conditionals inside the patched function: the text is copied from the
   file, so its directives stay (the macro they test is defined). */
/* ccp-nm: T klpp_pu_f */
#define VERBOSE

int pu_f(int x)
{
#ifdef VERBOSE
	x *= 2;
#endif
	return x;
}
