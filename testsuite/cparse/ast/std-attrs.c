/* C2x attributes in the tree: a SpecAttribute (op 1) holding what gcc applies
   (gnu:: and standard attributes), foo::bar dropped; declarator attributes
   on a DeclParen; statement attributes dropped but on a null statement. */
[[gnu::aligned(8), foo::bar(+), maybe_unused]] int x [[gnu::unused]], *[[gnu::may_alias]] p;
int a[2] [[deprecated("d")]];
void f(void) { [[fallthrough]]; [[]] return; }
