/* hooks.h */
struct hook_arg { int v; };
int eup_hook(int v);
