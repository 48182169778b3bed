/* 6.2.2p7: an object declared static, then without storage class. */
static int s;
int s;
