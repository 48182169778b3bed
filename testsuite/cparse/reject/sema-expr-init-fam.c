/* gcc 6.18: a flexible array member is initialized only as the static
   object's own member, never in a nested structure. */
struct f { int n; int d[]; };
static struct f own = { 1, { 2, 3 } };
struct g { int a; struct f f; };
struct g nested = { 1, { 2, 3 } };
