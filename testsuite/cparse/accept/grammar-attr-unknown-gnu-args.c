/* gcc parses the arguments of the gnu:: attributes it knows; those of an
   unknown one are a balanced token sequence it skips, like any vendor's.  */
int x [[gnu::foo(+)]];
[[gnu::bar(1 +), __gnu__::__baz__({[(<>)]})]] int y;
[[vendor::qux({[(<>)]})]] int z;
int w [[gnu::aligned(8)]];
_Static_assert(_Alignof(w) == 8, "known gnu:: attributes still apply");
int a [[gnu::aligned(16)]] [4];
_Static_assert(_Alignof(a) == 16, "after the name: the object's alignment");
int *p [[gnu::aligned(32)]];
_Static_assert(_Alignof(p) == 32, "also for a pointer");
