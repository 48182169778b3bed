/* Statements (C11 6.8) with gcc's extensions: case ranges (gcc 6.30),
   local labels (6.3), labels as values (6.3), nested functions (6.4),
   statement expressions (6.1), asm goto (6.47.2.7); break and continue in
   every place gcc allows them. */

int classify(int c)
{
  switch (c) {
  case 'a' ... 'z': return 1;
  case '0' ... '9': return 2;
  case -1: return -1;
  default: break;
  }
  for (;;) {
    switch (c) {
    case 0: continue;   /* continue of the loop around the switch */
    case 1: break;
    }
    break;
  }
  do { if (c) break; } while (0);
  while (c) { c--; if (c == 3) continue; }
  return 0;
}

/* The same case value in nested switches is fine. */
int nested_switch(int a, int b)
{
  switch (a) {
  case 1:
    switch (b) { case 1: return 11; case 2: return 12; }
    break;
  case 2:
    return 2;
  }
  return 0;
}

/* Switch on a char: values converted to the promoted type. */
int on_char(unsigned char u)
{
  switch (u) { case 255: return 1; case 0: return 0; }
  return -1;
}

#define SWAP(a, b) ({ __label__ out; __typeof__(a) _t = (a); (a) = (b); (b) = _t; goto out; out: _t; })
int local_labels(int x, int y)
{
  int r = SWAP(x, y);
  r += SWAP(x, y);   /* a second 'out', local to its own statement expression */
  return r;
}

int computed(int i)
{
  static void *targets[] = { &&zero, &&one };
  goto *targets[i & 1];
zero:
  return 0;
one:
  return 1;
}

int with_nested(int n)
{
  int acc = 0;
  void add(int k) { acc += k; if (k) goto skip; acc++; skip:; }
  for (int i = 0; i < n; i++) add(i);
  return acc;
}

/* Labels on declarations and at the end of a block (C23 / gcc 12). */
int labels_anywhere(int x)
{
  if (x) goto end;
again:
  int y = x + 1;
  x = y;
  if (x < 3) goto again;
end:
}

int asm_goto(int x)
{
  asm goto ("" : : "r"(x) : : fail);
  return 0;
fail:
  return 1;
}

_Static_assert(sizeof(int) == 4, "file-scope static assertion");
int block_assert(void)
{
  _Static_assert(sizeof(long) == 8, "block-scope static assertion");
  for (int i = 0, j = 1; i < j; i++) { int i = 5; (void)i; }
  return 0;
}
