/* hm.h: eligible; defines HM_SIZE, which the main file redefines. */
#define HM_SIZE 8
struct hm { int n; };
