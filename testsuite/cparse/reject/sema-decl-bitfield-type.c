/* 6.7.2.1p5: a bit-field has an integer type. */
struct A { int a : 3; float f : 2; };
