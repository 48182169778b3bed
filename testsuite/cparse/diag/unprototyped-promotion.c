/* () against a prototype whose parameter promotes, as a declaration and
   as a definition; the note points at the declaration specifiers.  */
int foo();
int foo(char);
int bar();
int bar(char c) { return c; }
