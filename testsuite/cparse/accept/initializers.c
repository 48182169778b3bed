/* Initializers: C11 6.7.9 designators, GNU ranges, and the obsolete GNU
   `field: value` and `[index] value` forms (gcc manual 6.29). */
struct P { int c, i; struct { int a[3]; } in; };
int arr[] = { [0] = 1, [2 ... 5] = 2, [7] = 3 };
struct P p = { .c = 1, .i = 2, .in.a[1] = 5, .in = { { 1 } } };
struct P p2 = { c: 1, i: 2 };
struct P p3[2] = { [1].c = 4, [0] = { 1, 2, {{ 3 }} }, };
int m[2][2] = { { 1, 2 }, { 3 } };
char s[] = "a" "b";
int z = { 4 };
struct P e = {};
int old[8] = { [1] 5, [2 ... 4] 6, [5] = 7 };
