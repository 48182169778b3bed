/* #pragma push_macro / pop_macro (GCC manual "Push/Pop Macro Pragmas"): the
   definition is saved and restored, including "not defined"; the pragma
   lines are consumed by the preprocessor (not in gcc -E output). */
#define X 1
x1: X
#pragma push_macro("X")
#undef X
#define X 2
x2: X
#pragma pop_macro("X")
x3: X
#pragma push_macro("Y")
#define Y 3
y1: Y
#pragma pop_macro("Y")
y2: Y
