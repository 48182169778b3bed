/* Bad input: ## giving something that is no preprocessing token (C11
   6.10.3.3p3, undefined; GCC errors). */
#define cat(a, b) a ## b
int x = cat(+, /);
