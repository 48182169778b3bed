/* 6.7.2.1p18: a flexible array member comes last. */
struct FL { int n; int a[]; int b; };
