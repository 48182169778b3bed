/* -D and -U (GCC manual "Preprocessor Options"): -DX is X=1; -DX= is empty;
   -D'F(a)=...' defines a function-like macro; -D X=... as two words; -U after
   -D removes it and -D after -U defines it again (command-line order); a
   value with spaces and quotes; the same value twice is no redefinition. */
/* cpp-options: -DX -DE= {-DF(a)=((a) + 1)} -D Y=4 -DZ=5 -UZ -UW -DW=6 {-DS="a b"} -DT=1 -DT=1 {-DSP=x y} -D__MYDEF__=7 */
a: X [E] F(2) Y
#ifdef Z
b: Z_defined
#else
b: Z_undefined
#endif
c: W S T SP __MYDEF__
