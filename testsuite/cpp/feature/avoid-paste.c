/* The -E printer must keep apart tokens that were separate (cpp manual
   "Preprocessor Output": GCC inserts a space where two adjacent tokens would
   otherwise lex as one): + +, - -, / /, . . ., x y, 1 .2, macro results next
   to neighbours, a pasted-away empty macro between two tokens. */
#define P +
#define M -
#define E
#define ID(x) x
#define DOT .
#define NUM 1
#define ONE_E 1e
a: +P P+ P P -M M- -E- +E+ /E/ /E* &E& <E< <E= ID(+)+ ID(-)-
b: DOT DOT DOT DOT.DOT x E y ID(x)ID(y) NUM.5 NUM E.5 NUM.e ONE_E+1 ID(1)ID(2)
c: ID(<)= ID(<)< ID(>)>= ID(|)| ID(&)& ID(#)# ID(%):
d: L ID("x") L##"y" ID(L)'c' ID(u8)"s"
e: x/**/y x/**/+/**/+ 1/**/2
