/* #pragma GCC error (GCC manual "Diagnostic Pragmas"): an error. */
int a;
#pragma GCC error "stop here"
