/* __COUNTER__ (GCC manual "Common Predefined Macros"): 0, 1, 2, ... per
   expansion, in text, inside macros (each use counts), in #if (counts too),
   as an operand of # and ## (not expanded there) and through an extra level
   (expanded), as the kernel's __UNIQUE_ID does. */
a: __COUNTER__ __COUNTER__ __COUNTER__
#define TWO __COUNTER__ __COUNTER__
b: TWO TWO
#if __COUNTER__ == 7
c: counted_in_if
#endif
d: __COUNTER__
#define str(x) #x
#define xstr(x) str(x)
e: str(__COUNTER__) xstr(__COUNTER__)
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
#define UNIQUE(p) xcat(p, __COUNTER__)
f: cat(id_, __COUNTER__) UNIQUE(id_) UNIQUE(id_)
#ifdef __COUNTER__
g: defined __COUNTER__
#endif
