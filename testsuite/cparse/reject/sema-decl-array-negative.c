/* 6.7.6.2p1: a constant array size is positive. */
enum { N = 4 };
char buf[N - 5];
