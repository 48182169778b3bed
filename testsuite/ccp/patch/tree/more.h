/* more.h — names a fix can give another meaning without changing the
   tokens of the code that uses them: an anonymous enum's constants, a
   typedef, a prototype. */
enum { SLOTS = 4, ROWS = 2 };
typedef int count_t;
int scale(int v);

static inline int slots_total(void)
{
  return SLOTS * 2;
}

static inline count_t count_up(count_t c)
{
  return c + 1;
}

static inline int scaled(void)
{
  return scale(3);
}

static const int row_table[] __attribute__((used)) = { ROWS, ROWS + 1 };
