/* 6.7.9p14-15: a string literal initializes an array of a matching
   character type only. */
char ok[] = "fine";
long bad[] = "not a character array";
