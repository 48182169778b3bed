/* _Pragma (C11 6.10.9): the string is destringized (L prefix dropped, \" and
   \\ unescaped) and acts as a #pragma line; in -E output it is printed as a
   #pragma on its own line; it works inside macros, as kernel headers build
   __diag() on it, and from a # stringified argument. */
a _Pragma("GCC diagnostic push") b
_Pragma("GCC diagnostic ignored \"-Wformat\"")
_Pragma(L"weak sym")
_Pragma("message(\"hello \\\\ world\")")
#define DO_PRAGMA(x) _Pragma(#x)
#define DIAG_IGNORE(w) DO_PRAGMA(GCC diagnostic ignored w)
DIAG_IGNORE("-Wunused") int x;
#define WRAP(body) DO_PRAGMA(GCC diagnostic push) body DO_PRAGMA(GCC diagnostic pop)
WRAP(int y;)
_Pragma ( "pack(push, 1)" ) struct s { char c; int i; }; _Pragma("pack(pop)")
#define EMPTY_PRAGMA _Pragma("")
EMPTY_PRAGMA end
