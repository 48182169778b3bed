/* 6.7p4: array sizes of one object must agree. */
extern int a[3];
int a[4];
