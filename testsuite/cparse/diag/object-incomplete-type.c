/* Objects that need a complete type (C11 6.7p7, 6.7.9p3): void objects
   that are defined, initializers for void and incomplete tags (gcc reports
   those at the tag's name, or at the line's start).  */
void a;
extern void c;
static void b;
void d = 0;
extern void f = 0;
  const void d2 = 0;
typedef void V;
V d3 = 0;
static struct inc k2 = {0};
union u k5 = {0};
enum e k6 = 0;
void g(void)
{
  void h;
  static void h2 = 0;
  extern void h3;
  struct inc l = {0};
  enum e k7;
}
extern int ei = 1;
void g2(void)
{
  extern int bi = 1;
}
