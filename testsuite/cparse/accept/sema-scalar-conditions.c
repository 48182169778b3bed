/* Scalars in truth-value contexts (conditions, ?:, &&, ||, !) gcc accepts, beside the structures, unions, vectors and void values it refuses.  */
struct s { int a; unsigned b : 3; struct s *next; } v, *ps, as[2];
union u { int a; float f; } w;
enum e { E0, E1 } en;
typedef int v4 __attribute__((vector_size(16)));
v4 vec;
int i, arr[3], *p;
unsigned long ul;
__int128 big;
_Bool b;
float f;
double d;
long double ld;
_Complex double cd;
_Complex int ci;
void vv(void);
int fi(void);
void (*pvv)(void);
#define likely(x) __builtin_expect(!!(x), 1)

int scalars(void)
{
	if (i) return 1;
	if (p) return 2;
	if (arr) return 3;
	if (en) return 4;
	if (b || f || d || ld) return 5;
	if (cd) return 6;
	if (ci && big) return 7;
	if (ps && ps->next && v.a && v.b && as[1].a) return 8;
	while (ul) ul >>= 1;
	do i--; while (i > 0);
	for (i = 0; p; p = 0) ;
	for (;;) break;
	if (pvv) return 9;
	if (fi) return 10;
	if (w.a || w.f) return 11;
	if (vec[0]) return 12;
	if (likely(p)) return 13;
	if (sizeof v && _Alignof(union u)) return 14;
	if (({ i; })) return 15;
	if (_Generic(i, int: 1, default: v)) return 16;
	if (__builtin_choose_expr(1, i, vv())) return 17;
	if ((vv(), i)) return 18;
	if (__builtin_types_compatible_p(struct s, struct s)) return 19;
	return 0;
}

int operators(void)
{
	int r = 0;
	r += i && p;
	r += arr || en;
	r += cd && ld;
	r += !p + !arr + !en + !b + !f + !cd + !ci + !big + !pvv + !fi;
	r += p ? 1 : 2;
	r += (arr ?: 0) != 0;
	r += cd ? 1 : 0;
	r += en ? E1 : E0;
	r += (i ? p : 0) != 0;
	r += b || (i && (p || arr));
	r += 1 || v.a && 1;
	r += i || (vv(), 1) && 1;
	r += !!ps->a;
	i ? vv() : vv();
	i ? (void)0 : vv();
	p && (vv(), 1);
	(void)(i || (vv(), 0));
	r += vec[1] ? 1 : 0;
	return r;
}
