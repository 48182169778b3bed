/* sizeof, _Alignof, offsetof and the address constants gcc folds into
   integer constant expressions (C11 6.5.3.4, 6.6p9, 7.19p3; gcc manual
   6.53 "Offsetof"), and address constants in static initializers. */
#define A(e) _Static_assert(e, #e)
typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;

struct inner { char c; int i; };
struct s {
	char a;
	long b;
	struct inner in[3];
	union { short u1; int u2; };
	struct { char x, y; } anon_s;
	int tail[];
};

/* sizeof and alignof */
A(sizeof(char) == 1);
A(sizeof(struct inner) == 8);
A(_Alignof(struct inner) == 4);
A(__alignof__(int) == 4);
A(sizeof(int[3][5]) == 60);
A(sizeof(struct inner[2]) == 16);
A(sizeof(void *) == sizeof(long));
A(sizeof(void) == 1);              /* gcc */
A(sizeof("abc") == 4);
A(sizeof(L"ab") == 3 * sizeof(__WCHAR_TYPE__));
A(sizeof(struct s) % _Alignof(long) == 0);
A(sizeof(int (*)[10]) == sizeof(void *));
A(sizeof(int (*)(void)) == sizeof(void *));
extern int ext_arr[7];
A(sizeof ext_arr == 28);
A(sizeof ext_arr / sizeof ext_arr[0] == 7);
A(sizeof(ext_arr + 0) == sizeof(int *));
A(sizeof(&ext_arr) == sizeof(void *));
A(sizeof(*ext_arr) == 4);

/* __alignof__ of members: packed, aligned, #pragma pack. */
struct __attribute__((packed)) P { char c; int i; long l __attribute__((aligned(4))); };
struct Q { char c; int i __attribute__((packed)); short s; };
struct R { char c; struct { int x; } in; int a[3]; };
#pragma pack(push, 2)
struct T { char c; long l; };
#pragma pack(pop)
extern struct P p; extern struct Q q; extern struct R r; extern struct T t; extern struct P *pp;
A(__alignof__(p.i) == 1);
A(__alignof__(p.l) == 4);
A(__alignof__(pp->i) == 1);
A(__alignof__(q.i) == 1);
A(__alignof__(q.s) == 2);
A(__alignof__(r.in.x) == 4);
A(__alignof__(r.a) == 4);
A(__alignof__(r.a[1]) == 4);
A(__alignof__(t.l) == 2);
A(__alignof__(p) == 4);
A(_Alignof(struct P) == 4);
A(__alignof__(struct T) == 2);
A(__alignof__(t) == 2);
A(sizeof(struct T) == 10);

/* __builtin_offsetof and the classic macro idioms. */
#define OFFSETOF(T, m) ((size_t)&((T *)0)->m)
#define OFFSETOF2(T, m) ((size_t)((char *)&((T *)0)->m - (char *)0))
A(__builtin_offsetof(struct inner, i) == 4);
A(__builtin_offsetof(struct s, b) == sizeof(long));
A(__builtin_offsetof(struct s, in) == 2 * sizeof(long));
A(__builtin_offsetof(struct s, in[2]) == 2 * sizeof(long) + 16);
A(__builtin_offsetof(struct s, in[1].i) == 2 * sizeof(long) + 12);
A(__builtin_offsetof(struct s, u2) == 2 * sizeof(long) + 24);
A(__builtin_offsetof(struct s, anon_s.y) == __builtin_offsetof(struct s, anon_s) + 1);
A(__builtin_offsetof(struct s, tail) == sizeof(struct s));
A(OFFSETOF(struct inner, i) == 4);
A(OFFSETOF(struct s, in[1].c) == 2 * sizeof(long) + 8);
A(OFFSETOF2(struct s, u1) == 2 * sizeof(long) + 24);
A((long)(char *)0 + 8 == 8);
A((size_t)((char *)0 + 3) == 3);
A((size_t)((int *)0 + 3) == 12);
A((size_t)&((struct inner *)16)->i == 20);
A((size_t)&((int (*)[4])0)[2][1] == 36);
A((ptrdiff_t)((int *)32 - (int *)0) == 8);

/* Addresses of objects: gcc folds comparisons with null for objects and
   functions defined here (an extern one might be weak), the truth value of
   any object's address, and differences within one object. */
extern int ext;
extern struct s ext_s;
extern void ext_fn(void);
int def_arr[4];
static int def_static;
void def_fn(void) { }
A(&def_static != 0);
A(!(&def_static == 0));
A(def_arr + 1 != 0);
A(&def_fn != 0);
A(def_fn != 0);
A((def_arr ? 1 : 2) == 1);
A(!!ext_arr);
A(!&ext == 0);
A((&def_static && 1) == 1);
A((0 || def_arr) == 1);
A(&ext_arr[3] - &ext_arr[1] == 2);
A(&ext_arr[3] - ext_arr == 3);
A(&ext_s.in[2] - &ext_s.in[0] == 2);
A((char *)&ext_s.b - (char *)&ext_s == sizeof(long));
A(&ext == &ext);
A(&ext_arr[1] > &ext_arr[0]);
A("abc" != 0);

/* Address constants in static initializers (6.6p9). */
static const int seven = 7;
int *p1 = &ext;
int *p2 = ext_arr + 3;
int *p3 = &ext_arr[5] - 2;
char *p4 = (char *)&ext_s + __builtin_offsetof(struct s, in);
long l1 = (long)&ext;
const char *s1 = "hello" + 2;
const char *s2 = &"hello"[1];
void (*fp)(void) = ext_fn;
void (*fp2)(void) = &ext_fn;
int *p5 = &ext_s.in[1].i;
int *p6 = (int *)0;
size_t z1 = OFFSETOF(struct s, anon_s.x);
int i1 = seven * 2;                   /* gcc reads const objects' initializers */
int i2 = (int)(3.5 * 2);
double d1 = 1.0 / 3;
float f1 = (float)1 / 3;
int *p7 = &(int){ 5 };
int arr2[] = { [0 ... 3] = 1, [sizeof(long)] = 2 };
A(sizeof arr2 / sizeof arr2[0] == sizeof(long) + 1);
struct inner *ip = &(struct inner){ 'x', 1 };
void *vp = (void *)&ext_arr[2];
