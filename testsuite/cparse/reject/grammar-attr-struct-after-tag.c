/* C2x attributes: between a struct tag and its body (gcc 12, gnu17). */
struct S [[gnu::packed]] { int a; };
