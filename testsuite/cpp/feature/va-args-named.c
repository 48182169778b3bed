/* GNU named variadic parameters (cpp manual "Variadic Macros"): `args...`
   names the variable arguments; `, ## args` swallows the comma; #args. */
#define p1(args...) f(args)
#define p2(fmt, args...) g(fmt, ## args)
#define p3(x, rest...) #rest
p1() p1(1) p1(1, 2, 3)
p2(a) p2(a,) p2(a, 1) p2(a, 1, 2)
p3(x) p3(x, 1) p3(x, 1 , 2)
#define p4(list...) { list }
p4(1, 2, (3, 4))
