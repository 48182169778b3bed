/* ipa.c — gcc -O2 -fdump-ipa-clones makes clones and inlines of these (for
   ccp/kpolicy.exp, which holds the dump against nm of the same object). */
struct big { int a[16]; long tag; };
extern void sink(long);
extern int ext(int);

/* small and static: inlined into every caller, then removed */
static int twice(int x) { return 2 * x; }

/* a big struct passed by pointer but only one field read: isra */
static __attribute__((noinline)) long tag_of(struct big *b) { return b->tag * 7 + ext(3); }

/* always called with the same constant: constprop */
static __attribute__((noinline)) int scale(int x, int k) {
  int r = 0;
  for (int i = 0; i < k; i++) r += ext(x + i);
  return r;
}

/* a cheap early exit before a large body: partial inlining (part) */
static int check(int x) {
  if (__builtin_expect(x == 0, 1)) return 0;
  for (int i = 0; i < x; i++) { sink(ext(i) * ext(i + 1)); sink(ext(i) + x); sink(ext(2 * i)); }
  sink(ext(x)); sink(ext(x + 1)); sink(ext(x + 2));
  return ext(x);
}

int use1(struct big *b, int x) { return twice(x) + (int)tag_of(b) + scale(x, 5) + check(x); }
int use2(struct big *b, int x) { return twice(x + 1) + (int)tag_of(b) + scale(x + 2, 5) + check(x + 3); }
int use3(int x) { return twice(twice(x)) + check(x * 2); }
