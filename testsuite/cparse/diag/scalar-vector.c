/* Vectors where a scalar is required: conditions, ?:, &&, || and !.  */
int vec __attribute__((vector_size(16)));
float fvec __attribute__((vector_size(8)));
int i;

int f1(void) { if (vec) return 1; return 0; }
int f2(void) { while (fvec) ; do ; while (vec); for (; vec; ) ; return 0; }
int f3(void) { return vec ? 1 : 2; }
int f4(void) { return (fvec) ?: 1; }
int f5(void) { return vec && 1; }
int f6(void) { return 1 || fvec; }
int f7(void) { return i || vec && 1; }
int f8(void) { return 1 && vec; }
int f9(void) { return !vec; }
int f10(void) { return !(fvec); }
