/* __DATE__ and __TIME__ (C11 6.10.8.1) under SOURCE_DATE_EPOCH (GCC manual
   "Environment Variables"): the fixed time, in UTC, "Mmm dd yyyy" and
   "hh:mm:ss". */
/* cpp-env: SOURCE_DATE_EPOCH=1234567890 */
a: __DATE__ __TIME__
#define D __DATE__
#define str(x) #x
b: D str(__TIME__)
