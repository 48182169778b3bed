/* C2x attributes `[[...]]` in every position gcc 12 accepts them in the
   GNU dialects (gcc 6.33 Attribute Syntax; C2x 6.7.12): before a
   declaration, after the specifiers, after a declarator's name or suffix,
   after a `*`, after struct/union/enum, on enumerators, members and
   parameters, before statements and labels, as attribute declarations;
   scoped (gnu::, __gnu__::) and unknown ones with skipped arguments. */
[[gnu::unused]] int a1;
int [[gnu::unused]] a2;
int a3 [[gnu::unused]] = 1, a4 [[gnu::unused]];
const int [[gnu::unused]] a5;
[[]];
[[]] int a6;
[[,,]] int a7;
[[gnu::unused, deprecated]] [[maybe_unused]] int a8;
[[gnu :: unused]] int a9;
[[__gnu__::__unused__]] int a10;
[[foo::bar(1, +, [x], {y})]] int a11;
[[foo(1, +, [x], {y})]] int a12;
[[aligned(+)]] int a13;
[[deprecated("old")]] int a14;
[[nodiscard]] int f1(void);
[[gnu::aligned(8)]] int a15;
[[gnu::const]] int f2(void);
int *[[gnu::unused]] p1;
int * [[gnu::unused]] const p2;
int * [[]] * [[]] p3;
int a16[2] [[gnu::unused]];
int f3(void) [[gnu::unused]];
int f4 [[gnu::unused]] (void);
int (a17 [[gnu::unused]]);
int (*fp1)(void) [[]];
int (*fp2 [[]])(void);
int (* [[]] fp3)(void);
void f5([[gnu::unused]] int x, int [[gnu::unused]] y, int z [[gnu::unused]]);
void f6(int [[gnu::unused]]);
void f7(int a[static 3] [[]], int b[] [[]], int (*)[3] [[]]);
struct [[gnu::packed]] S1 { char c; int i; };
struct S2 { int a; } [[gnu::packed]];
struct S3 { [[gnu::unused]] int a; int [[gnu::unused]] b; int c [[gnu::unused]]; };
struct S4 { int a [[gnu::unused]] : 3; int [[]] : 3; [[]]; [[]] struct { int d; }; };
struct S5 { [[]] int a };
struct S6 { int a; } [[gnu::packed]] s6;
struct [[]] __attribute__((packed)) S7 { int a; };
union [[]] U1 { int a; };
enum [[gnu::packed]] E1 { E1A };
enum E2 { E2A [[deprecated]], E2B [[deprecated]] = 2, E2C [[]] __attribute__((deprecated)) };
enum E2 [[]];
enum E3 { E3A } [[]] e3;
struct [[gnu::packed]] S8;
struct S8 [[gnu::packed]];
int [[]];
[[]] int;
[[]] struct S9 { int a; };
int s1 = sizeof(int [[gnu::unused]]) + sizeof(int *[[gnu::unused]])
       + sizeof(int [2] [[gnu::unused]]) + sizeof(int (*)(void) [[gnu::unused]]);
int s2 = _Alignof(int [[]]) + _Generic(1, int [[]]: 1) + (int [[]]) 1;
int *p4 = (int [[]] *) 0, *p5 = (int * [[]]) 0;
void *p6 = &(int [[]]){1};
typedef int T [[gnu::unused]];
[[]] T t1;
T [[]] t2;
__extension__ [[gnu::unused]] int a18;
int a19 [[]] __attribute__((unused));
[[]] __attribute__((unused)) int a20;
int __attribute__((unused)) [[]] a21;
int a22 [[]] asm("a22_sym");
static [[]] a23;
[[]] static a24;
[[]] a25;
__attribute__((unused)) [[]] a26;
[[deprecated]] [[]] int a27 [[maybe_unused]] [[]];
[[gnu::unused]] int f8(void) { return 0; }
int f9(void) [[gnu::unused]] { return 0; }
int f10 [[gnu::unused]] (void) { return 0; }
[[]] f11(void) { return 0; }
int f12(x) int x [[]]; { return x; }
void f13(int x)
{
  [[gnu::unused]] int y;
  [[]];
  switch (x) {
  case 1:
    x++;
    [[fallthrough]];
  case 2:
    x++;
    [[]] __attribute__((fallthrough));
  [[]] case 3:
    ;
  [[]] default:
    ;
  }
  [[]] x++;
  [[]] if (x) x++;
  [[]] { }
  [[]] l1: x++;
  l2: [[]] x++;
  __extension__ [[]] int z;
  for ([[]] int i = 0; i < 2; i++);
  for ([[]] ;;) break;
  if (x) [[]] x++;
  if (x) ; else [[]] { }
  if (x) [[]] l3: ;
  [[]] asm("");
  [[]] int g(void) { return 0; }
  T [[]] u;
  [[]] T v;
  [[]] static w;
  [[]] typedef int T2;
  [[]] do ; while (0);
  [[]] ({ 1; });
  [[]] (void)0;
  [[]] f5(1, 2, 3);
  int arr [[]] [2];
  [[]] ; [[]] ;
  goto l1; goto l2; goto l3;
  (void)y; (void)z; (void)u; (void)v; (void)w; (void)arr;
}
void f14(void) { L: [[]]; }
void f15(void) { [[]] L: ; }
int f16(void) { [[gnu::fallthrough]]; return 0; }
void f17(void) { [[]] T: ; }
