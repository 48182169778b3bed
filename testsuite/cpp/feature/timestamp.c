/* __TIMESTAMP__ (GCC manual "Common Predefined Macros"): the main file's
   modification time as "Ddd Mmm dd hh:mm:ss yyyy" in local time (TZ=UTC
   here); both read the same file. */
/* cpp-env: TZ=UTC */
a: __TIMESTAMP__
