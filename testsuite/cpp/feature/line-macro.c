/* __LINE__ (C11 6.10.8.1): the line of the current source line; inside a
   macro, the line where the expansion happens; within a macro call spanning
   lines, the line GCC 12 gives (for a __LINE__ in the body, the line of
   the macro name; in an argument, mostly its own line; nested calls in
   arguments are subtler: gcc -E output is the test); line splices do not
   start new lines for __LINE__; in #if. */
a: __LINE__
#define L __LINE__
#define F(x) x L __LINE__
b: L F(__LINE__)
c: F(
  __LINE__
  )
d: F(__LINE__
) __LINE__
e: __LINE__ \
   __LINE__
f: __LI\
NE__ __LINE__
#if __LINE__ == 20
g: if_line_ok
#endif
#define CALL(m) m
h: CALL(
F
(
__LINE__
)
)
i: __LINE__
