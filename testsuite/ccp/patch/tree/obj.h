/* obj.h — the types main.c uses. */
#ifndef OBJ_H
#define OBJ_H
struct point {
  int x, y;
};

enum mode { MODE_A, MODE_B };

typedef struct {
  long a;
  char b;
} pair_t;

static inline int point_sum(const struct point *p)
{
  return p->x + p->y;
}
#endif
#include "more.h"
