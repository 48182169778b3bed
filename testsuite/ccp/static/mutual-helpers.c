/* Two static helpers calling each other, the first through a prototype:
   both are copied and renamed, and the prototype is kept for that call. */
/* ccp-nm: T klpp_pu_f; t klpr_ping; t klpr_pong */
static int pong(int n);
static int ping(int n) { return n <= 0 ? 0 : pong(n - 1) + 1; }
static int pong(int n) { return n <= 0 ? 0 : ping(n - 1) + 2; }

int pu_f(int n)
{
	return ping(n);
}
