/* A floating enumerator value: at the value. */
enum { A = 1.0 };
