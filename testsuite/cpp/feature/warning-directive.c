/* #warning (GCC manual "Diagnostics"): prints a warning with its text and
   goes on; exit status 0 and the rest is preprocessed normally. */
/* cpp-stderr: warning-directive\.c:5:2: warning: #warning this is a warning */
before
#warning this is a warning
after
