/* An enumerator value that is not constant: gcc points at the name. */
int x;
enum { A0, A = x + 1, B };
