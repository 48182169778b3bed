/* b.c — see a.c. */
int a_entry(int);
static int helper(int x) { return x * 5; }
int b_entry(int x) { static int calls = 2; calls += 2; return helper(x) + calls; }
int main(int c, char **v) { (void)v; return a_entry(c) + b_entry(c); }
