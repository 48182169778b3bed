/* end of input inside a function body */
int f(void) {
	return 0;
