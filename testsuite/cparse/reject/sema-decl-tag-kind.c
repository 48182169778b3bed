/* 6.7.2.3p3: one tag, one kind. */
struct S;
union S *p;
