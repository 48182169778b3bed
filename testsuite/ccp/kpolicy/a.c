/* a.c, b.c — two translation units each with a static `helper` and a
   block-scope static `calls`, linked into one executable whose symtab
   (STT_FILE) and System.map-style nm listing ccp/kpolicy.exp read. */
static int helper(int x) { return x * 3; }
int a_table[4] = { 1 };
int a_entry(int x) { static int calls; calls++; return helper(x) + calls + a_table[0]; }
