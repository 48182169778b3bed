/* -ansi is -std=c90: no __STDC_VERSION__, __STRICT_ANSI__ defined, // is not
   a comment. */
/* cpp-options: -ansi */
a: __STDC_VERSION__ __STRICT_ANSI__ linux unix
b: 4 //* not a comment in C90 */ 2
