/* The default policy gives a static local a macro declares a fresh
   instance in the patch (gcc names the kernel's once_flag.N, and nothing
   tells which is this function's), with a warning: the invocation is kept
   as written, with its #define. */
/* ccp-options: --patched-functions=f */
/* ccp-nm: T klpp_f; U note; b once_flag.0 */
void note(int);

#define ONCE_NOTE(v) ({ static int once_flag; int __v = (v); if (!once_flag) { once_flag = 1; note(__v); } __v; })

int f(int x)
{
	return ONCE_NOTE(x + 1) * 2;
}
