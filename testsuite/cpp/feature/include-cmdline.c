/* -include and -imacros (GCC manual "Preprocessor Options"): -imacros files
   are processed first and keep only their macros; then -include files, in
   command-line order, as if #included at the top of the main file; the
   file is looked for in the current directory first, then on the "..."
   chain. */
/* cpp-options: -Ifeature/cmdl -include feature/cmdl/pre1.h -imacros feature/cmdl/mac.h -include feature/cmdl/pre2.h -include found_by_I.h */
main_tokens FROM_PRE1 FROM_IMACROS IMAC_FN(3)
