/* #error indented by a tab: GCC counts columns with tabs expanded to the
   next multiple of 8 (-ftabstop=8, GCC 11+ display columns). */
	#error indented
