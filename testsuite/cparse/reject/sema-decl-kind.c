/* 6.2.1: an enumerator and an object in one scope. */
enum { RED, GREEN };
int GREEN;
