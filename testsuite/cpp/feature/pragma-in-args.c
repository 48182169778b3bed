/* _Pragma inside a macro argument and a #pragma-producing macro used inside
   another macro's argument: GCC runs the pragma where the argument is
   expanded and prints it on its own line before the surrounding text. */
#define ID(x) x
#define TWICE(x) x x
#define DIAG(s) _Pragma(#s)
ID(_Pragma("GCC diagnostic push") int a;)
TWICE(DIAG(GCC diagnostic ignored "-Wshadow") b)
ID(ID(_Pragma("weak c") c))
#define STR(x) #x
STR(_Pragma("not run when stringified"))
end
