/* The comma operator is not allowed in a constant expression (6.6p3). */
enum { A = 1, B = (A, 2) };
