/* C2x attributes: not after a bit-field width (gcc 12, gnu17). */
struct S { int a : 3 [[gnu::unused]]; };
