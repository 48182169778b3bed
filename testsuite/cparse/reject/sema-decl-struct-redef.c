/* 6.7.2.3p1: a tag has one content per scope. */
struct S { int a; };
struct S { int b; };
