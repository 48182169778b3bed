/* my_internal.h: not eligible under the toy policy */
#define INT_SHIFT 3
struct priv { long bits; };
static inline long priv_get(struct priv *p) { return p->bits >> INT_SHIFT; }
extern int eu_priv_count;
