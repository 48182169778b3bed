/* main.c — the directed cases' translation unit. */
#include "bug.h"
#include "obj.h"

int limit = 10;
static const char *names[] = { "a", "b" };
static pair_t pair;

static int helper(int a)
{
  return a * 2;
}

int compute(struct point *p)
{
  if (WARN_ON(!p))
    return -1;
  BUILD_BUG_ON(sizeof(*p) != 8);
  return helper(p->x) + point_sum(p);
}

int report(enum mode m)
{
  DBG("report");
  WARN_ON(m > MODE_B);
  return names[m != MODE_A][0] + limit + (int)pair.a;
}

int counted(void)
{
  BUILD_BUG_ON(sizeof(long) != 8);
  return COUNTED_ONCE();
}

int unused_later(void)
{
  return 0;
}

MODINFO(license, "GPL");
