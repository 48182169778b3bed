/* __DATE__/__TIME__ at SOURCE_DATE_EPOCH=0: "Jan  1 1970" "00:00:00". */
/* cpp-env: SOURCE_DATE_EPOCH=0 */
a: __DATE__ __TIME__
