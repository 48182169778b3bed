/* Under the toy policy a static local without an e?_ name is not
   externalized: it stays a static local of the new function. */
/* ccp-nm: T klpp_pu_f; b calls.0 */
int pu_f(void)
{
	static int calls;
	return ++calls;
}
