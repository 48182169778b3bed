/* A bit-field width that is not constant: at the member name. */
int x;
struct s { int a, b : x + 1; };
