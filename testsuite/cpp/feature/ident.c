/* #ident and #sccs (GCC manual "Other Directives"): passed through to the
   output as #ident lines; a macro operand is expanded. */
#ident "version 1.0"
#sccs "sccs id"
#define ID "from macro"
#ident ID
int x;
