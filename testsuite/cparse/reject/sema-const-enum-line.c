/* ... or at the first token of a later line it has read. */
int x;
enum {
	A0,
	B =
	  x, C
};
