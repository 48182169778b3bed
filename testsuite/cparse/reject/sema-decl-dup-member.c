/* 6.7.2.1: member names are unique, also through anonymous members. */
struct D { int a; union { long b; int a; }; };
