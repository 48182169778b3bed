/* #pragma GCC warning and its _Pragma form (GCC manual "Diagnostic
   Pragmas"): a warning at gcc's position, the pragma consumed, exit 0. */
/* cpp-diagnostics: compare */
before
#pragma GCC warning "pragma line"
_Pragma("GCC warning \"from pragma\"")
after
