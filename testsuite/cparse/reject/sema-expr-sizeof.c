/* 6.5.3.4p1: sizeof does not apply to an incomplete type. */
struct later;
unsigned long n = sizeof(struct later);
