/* The text is copied, not printed: comments and layout inside the patched
   function stay as written; an unused macro is not written. */
/* ccp-nm: T klpp_pu_f */
#define UNUSED_MACRO 1

int pu_f(int x)
{
	/* a comment inside */
	int y = x	*  2;   // odd spacing and a line comment

	return y;
}
