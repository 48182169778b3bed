/* 6.2.2p7: internal after external linkage. */
void g(void);
static void g(void) {}
