#ifndef _LINUX_K_H
#define _LINUX_K_H
struct item { int key; int val; };
extern int k_exported(int x);
extern int k_internal(int x);
extern int k_total;
#endif
