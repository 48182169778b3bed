/* ## with empty arguments (C11 6.10.3.3p3): an empty argument operand is a
   placemarker; placemarker ## x is x; a ## chain with empty links; ## next
   to a parameter whose argument is several tokens pastes only the edge
   tokens. */
#define cat(a, b) a ## b
#define cat3(a, b, c) a ## b ## c
#define dbl(a) [a ## a]
cat(,) cat(x,) cat(,y) cat(x,y)
cat3(,,) cat3(x,,) cat3(,y,) cat3(,,z) cat3(x,,z) cat3(x,y,z)
dbl() dbl(q) dbl(1)
cat(a b, c d)
cat(1 2,)
cat(, 3 4)
#define front(a) a ## _tail
#define back(a) head_ ## a
front() back() front(x) back(y)
#define mid(a, b) a ## - ## b
mid(,) mid( , )
