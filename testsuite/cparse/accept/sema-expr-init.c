/* Initializers (C11 6.7.9, gcc 6.29): arrays of unknown size completed from
   the highest index initialized or the string's length, brace elision,
   designators through anonymous members, GNU ranges and the obsolete
   `field:` and `[i] v` forms, and a flexible array member initialized in a
   static object.  gcc is the oracle for every size asserted. */
#define A(e) _Static_assert(e, #e)
struct pt { int x, y; };
struct wrap { struct pt a, b; int tail[2]; };
struct anon { int k; union { int i; float f; }; struct { char c1, c2; }; };
struct flex { int n; int data[]; };

int a1[] = { 1, 2, 3 };                      A(sizeof a1 == 3 * sizeof(int));
int a2[] = { [7] = 1 };                      A(sizeof a2 == 8 * sizeof(int));
int a3[] = { [2] = 1, 5, 6 };                A(sizeof a3 == 5 * sizeof(int));
int a4[] = { [1 ... 9] = 4 };                A(sizeof a4 == 10 * sizeof(int));
int a5[] = { [5] = 1, [2] = 2, 3 };          A(sizeof a5 == 6 * sizeof(int));
int a6[][2] = { 1, 2, 3 };                   A(sizeof a6 == 4 * sizeof(int));
int a7[][2] = { { 1 }, { 2 }, { 3 } };       A(sizeof a7 == 6 * sizeof(int));
int a8[][2] = { [1][1] = 1, 2 };             A(sizeof a8 == 6 * sizeof(int));
char s1[] = "hello";                         A(sizeof s1 == 6);
char s2[] = { "hi" };                        A(sizeof s2 == 3);
char s3[] = ("paren");                       A(sizeof s3 == 6);
unsigned char s4[] = "\x01\002z";            A(sizeof s4 == 4);
char s5[][4] = { "a", "bc", "def" };         A(sizeof s5 == 12);
__WCHAR_TYPE__ w1[] = L"wide";               A(sizeof w1 == 5 * sizeof(__WCHAR_TYPE__));
__CHAR16_TYPE__ w2[] = u"\U0001F600";        A(sizeof w2 == 3 * sizeof(short));
char s6[] = "a" "b" "\0";                    A(sizeof s6 == 4);
struct pt p1[] = { 1, 2, 3, 4, 5 };          A(sizeof p1 == 3 * sizeof(struct pt));
struct pt p2[] = { { 1 }, [3].y = 2 };       A(sizeof p2 == 4 * sizeof(struct pt));
struct pt p3[] = { [2] = { .y = 1 }, { 2 } }; A(sizeof p3 == 4 * sizeof(struct pt));
struct wrap w[] = { 1, 2, 3, 4, 5, 6, 7 };   A(sizeof w == 2 * sizeof(struct wrap));
struct wrap wd[] = { { .b.y = 1, 9, 10 }, { .a = { 1, 2 } } };
                                             A(sizeof wd == 2 * sizeof(struct wrap));
struct anon an = { .k = 1, .f = 2.0f, .c2 = 3 };
struct anon an2[] = { 1, 2, 3, 4, 5, 6, 7, 8 }; A(sizeof an2 == 2 * sizeof(struct anon));
struct pt old = { y: 1, x: 2 };
int old2[] = { [3] 1, [0] 2 };               A(sizeof old2 == 4 * sizeof(int));
static struct flex fl = { 2, { 1, 2 } };
struct pt *pp = (struct pt[]){ { 1, 2 }, { 3, 4 } };
int cl = sizeof((int[]){ [9] = 0 });         A(sizeof((int[]){ [9] = 0 }) == 40);
union u { int i; struct pt p; } un[] = { 1, 2, { .p = { 1, 2 } } };
                                             A(sizeof un == 3 * sizeof(union u));
const char *names[] = { [0] = "zero", [3] = "three" }; A(sizeof names == 4 * sizeof(char *));
enum { K = 6 };
int byenum[] = { [K] = 1 };                  A(sizeof byenum == 7 * sizeof(int));
int scalar = { 5 };
struct pt fromfn(void);
void f(void)
{
	struct pt a = fromfn(), b = a, c[] = { a, b, fromfn() };
	int v[] = { [sizeof(c) / sizeof(c[0])] = 0 };
	A(sizeof v == 4 * sizeof(int));
	struct wrap x = { a, b };
	(void)x;
}
