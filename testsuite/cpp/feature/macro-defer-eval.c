/* Deferred expansion and re-evaluation (the "EVAL/DEFER/OBSTRUCT" idiom):
   a macro name separated from its '(' by an empty macro is not called during
   one scan but is in the next; repeated rescans through EVAL levels run a
   bounded recursion.  Sensitive to exactly when names are painted. */
#define EMPTY()
#define DEFER(id) id EMPTY()
#define OBSTRUCT(...) __VA_ARGS__ DEFER(EMPTY)()
#define EXPAND(...) __VA_ARGS__
#define EVAL(...) EVAL1(EVAL1(EVAL1(__VA_ARGS__)))
#define EVAL1(...) EVAL2(EVAL2(EVAL2(__VA_ARGS__)))
#define EVAL2(...) __VA_ARGS__
#define A() 123
a: DEFER(A)() EXPAND(DEFER(A)())
#define CAT(a, ...) a ## __VA_ARGS__
#define IIF(c) CAT(IIF_, c)
#define IIF_0(t, ...) __VA_ARGS__
#define IIF_1(t, ...) t
#define DEC(x) CAT(DEC_, x)
#define DEC_0 0
#define DEC_1 0
#define DEC_2 1
#define DEC_3 2
#define DEC_4 3
#define CHECK_N(x, n, ...) n
#define CHECK(...) CHECK_N(__VA_ARGS__, 0,)
#define PROBE(x) x, 1,
#define NOT(x) CHECK(CAT(NOT_, x))
#define NOT_0 PROBE(~)
#define BOOL(x) NOT(NOT(x))
#define IF(c) IIF(BOOL(c))
#define REPEAT(count, m, ...) \
  IF(count)(OBSTRUCT(REPEAT_INDIRECT)()(DEC(count), m, __VA_ARGS__) \
            OBSTRUCT(m)(DEC(count), __VA_ARGS__), )
#define REPEAT_INDIRECT() REPEAT
#define M(i, _) i
b: EVAL(REPEAT(4, M, ~))
c: REPEAT(2, M, ~)
