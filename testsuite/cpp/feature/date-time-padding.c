/* __DATE__ pads a one-digit day with a space ("Mar  5 2024"). */
/* cpp-env: SOURCE_DATE_EPOCH=1709600645 */
a: __DATE__ __TIME__
